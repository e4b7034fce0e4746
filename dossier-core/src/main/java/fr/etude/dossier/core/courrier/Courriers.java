package fr.etude.dossier.core.courrier;

import java.util.List;
import java.util.Optional;

import fr.etude.dossier.core.dossier.DossierId;

/** Port: the letters each dossier has produced, never changed. */
public interface Courriers {

    void enregistrer(CourrierProduit courrier);

    Optional<CourrierProduit> parId(java.util.UUID id);

    /** The dossier's letters, the latest first. */
    List<CourrierProduit> duDossier(DossierId dossier);

    /** The first letter sent to the debtor: the later ones repeat its reference and date (art. R124-4 CPCE). */
    Optional<CourrierProduit> premierAuDebiteur(DossierId dossier);
}
