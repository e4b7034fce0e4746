package fr.etude.dossier.core.document;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A file kept in a dossier (a signed mandate, a debtor's letter, a payslip…), as listed. */
public record Document(UUID id, String nom, TypeDeDocument type, long taille, Instant deposeLe, String deposePar,
                       boolean visibleDuCreancier) {

    public Document {
        Objects.requireNonNull(id);
        Objects.requireNonNull(nom);
        Objects.requireNonNull(type);
    }
}
