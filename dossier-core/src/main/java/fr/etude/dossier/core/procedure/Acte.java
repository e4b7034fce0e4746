package fr.etude.dossier.core.procedure;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.etude.dossier.core.argent.FormatFrancais;
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

    /** The act as the dossier's timeline tells it, with the deadline it starts. */
    public String resume() {
        String acte = nature.libelle() + " du " + FormatFrancais.date(faitLe.toLocalDate())
                + (nature.parLeCommissaire() ? String.format(" à %dh%02d", faitLe.getHour(), faitLe.getMinute()) : "")
                + " (" + nature.article() + ")";
        return acte + echeance.map(delai -> " ; " + delai.objet() + " : " + FormatFrancais.date(delai.le()) + " ("
                + delai.article() + ")").orElse("") + ".";
    }

    /** Its deadline still runs, or ran out without the act that meets it. */
    public boolean echeanceOuverte() {
        return echeance.isPresent() && echeanceLeveeLe.isEmpty();
    }
}
