package fr.etude.dossier.core.dossier;

import java.time.Instant;
import java.util.Objects;

/** A timeline entry: append-only, it says who did what, when and why. */
public record Evenement(TypeEvenement type, Instant moment, Auteur auteur, String resume) {
    public Evenement {
        Objects.requireNonNull(type);
        Objects.requireNonNull(moment);
        Objects.requireNonNull(auteur);
        Objects.requireNonNull(resume);
    }
}
