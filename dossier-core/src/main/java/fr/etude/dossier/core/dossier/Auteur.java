package fr.etude.dossier.core.dossier;

import java.util.Objects;

import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** Who did something, as the history shows it. */
public record Auteur(UtilisateurId id, String nom) {
    public Auteur {
        Objects.requireNonNull(id);
        Objects.requireNonNull(nom);
    }
}
