package fr.etude.dossier.core.taux;

import java.util.Optional;

import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** Port: the legal rate tables, as the administrator keeps them. */
public interface TablesDeTaux {

    TableDeTaux table(TableDeTaux.Nature nature);

    /**
     * Stores a row added or corrected, with the audit of who, when, before and after, and the reason
     * of a correction.
     */
    void enregistrer(TableDeTaux.Nature nature, LigneDeTaux ligne, Optional<String> motif, UtilisateurId auteur,
                     String nomDeLAuteur);
}
