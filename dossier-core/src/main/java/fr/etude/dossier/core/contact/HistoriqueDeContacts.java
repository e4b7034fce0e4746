package fr.etude.dossier.core.contact;

import java.util.List;
import java.util.Optional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;

/** Port: the contacts of each dossier, as the contact policy reads them. */
public interface HistoriqueDeContacts {

    /** The contacts of the last {@code jours} days before now, oldest first. */
    List<ContactPasse> recents(DossierId dossier, java.time.LocalDateTime maintenant, int jours);

    void enregistrer(DossierId dossier, ContactEnregistre contact, Auteur auteur);

    /**
     * A contact as logged: what the policy needs, what the clerk noted, and the override if one was
     * needed.
     */
    record ContactEnregistre(java.util.UUID id, ContactEnvisage contact, boolean entrant, boolean conversation,
                             Optional<String> issue, Optional<String> numero, Optional<String> derogation) {
    }
}
