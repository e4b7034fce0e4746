package fr.etude.dossier.web.creancier;

import java.util.UUID;

/** The clerk the administrator names for a créancier's new dossiers; none: the clerks in turn. */
public class AttributionSaisie {

    private UUID gestionnaire;

    public UUID getGestionnaire() { return gestionnaire; }
    public void setGestionnaire(UUID gestionnaire) { this.gestionnaire = gestionnaire; }
}
