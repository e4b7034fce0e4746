package fr.etude.dossier.core.dossier;

import java.util.Objects;

import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** Who did something, as the history shows it. */
public record Auteur(UtilisateurId id, String nom) {

    /** The application itself, when a nightly check changes a dossier. */
    public static final Auteur SURVEILLANCE =
            new Auteur(new UtilisateurId(new java.util.UUID(0, 0)), "Dossier (surveillance automatique)");

    public Auteur {
        Objects.requireNonNull(id);
        Objects.requireNonNull(nom);
    }
}
