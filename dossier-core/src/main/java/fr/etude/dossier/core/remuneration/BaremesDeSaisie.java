package fr.etude.dossier.core.remuneration;

import java.util.Optional;

import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** Port: the yearly scales of the saisie des rémunérations, as the administrator keeps them. */
public interface BaremesDeSaisie {

    TableDesBaremesDeSaisie table();

    /** Stores a scale added or corrected, with the audit of who, when, before and after, and the reason of a correction. */
    void enregistrer(BaremeDeSaisie bareme, Optional<String> motif, UtilisateurId auteur, String nomDeLAuteur);
}
