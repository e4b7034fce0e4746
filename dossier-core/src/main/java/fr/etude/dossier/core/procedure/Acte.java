package fr.etude.dossier.core.procedure;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.etude.dossier.core.dossier.DossierId;

/**
 * An act of a procedure on a dossier, at its local date and time (Europe/Paris), with the deadline it
 * started, and the day that deadline was met by the act that follows, if it was.
 */
public record Acte(UUID id, DossierId dossier, NatureDActe nature, LocalDateTime faitLe, String auteur, String precisions,
                   Optional<Echeance> echeance, Optional<java.time.LocalDate> echeanceLeveeLe) {

    public Acte {
        Objects.requireNonNull(nature, "La nature de l'acte est obligatoire.");
        Objects.requireNonNull(faitLe, "La date de l'acte est obligatoire.");
        precisions = precisions == null ? "" : precisions.strip();
    }

    /** Its deadline still runs, or ran out without the act that meets it. */
    public boolean echeanceOuverte() {
        return echeance.isPresent() && echeanceLeveeLe.isEmpty();
    }
}
