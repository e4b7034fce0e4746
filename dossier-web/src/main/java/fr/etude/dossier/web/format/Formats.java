package fr.etude.dossier.web.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.etude.dossier.core.argent.Montant;

/**
 * French display of amounts ({@code 1 234,56 €}) and dates ({@code 20/11/2026}), for the views:
 * {@code ${@formats.montant(dossier.solde)}}.
 */
@Component("formats")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    public String montant(Montant montant) {
        return fr.etude.dossier.core.argent.FormatFrancais.euros(montant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Optional<LocalDate> date) {
        return date.map(DATE::format).orElse("");
    }

    /** The day of a moment, in Paris. */
    public String jour(java.time.Instant moment) {
        return date(java.time.LocalDate.ofInstant(moment, java.time.ZoneId.of("Europe/Paris")));
    }

    /** {@code 20/11/2026 à 14h05}, in Paris time. */
    public String moment(java.time.Instant moment) {
        return MOMENT.format(moment.atZone(java.time.ZoneId.of("Europe/Paris")));
    }

    /** {@code 120 Ko}, {@code 2,4 Mo}. */
    public String taille(long octets) {
        if (octets < 1024 * 1024) {
            return Math.max(1, Math.round(octets / 1024.0)) + " Ko";
        }
        return String.format(java.util.Locale.FRANCE, "%.1f Mo", octets / (1024.0 * 1024.0));
    }

    /** {@code 8,01 %}. */
    public String taux(java.math.BigDecimal taux) {
        return fr.etude.dossier.core.argent.FormatFrancais.pourcentage(taux);
    }

    /**
     * A value as the audit journal stored it (JSON), for reading: a text without its quotes, yes/no,
     * "—" when absent; cut after 200 characters.
     */
    public String valeurJournalisee(Optional<String> json) {
        String valeur = json.map(texte -> switch (texte) {
            case "null" -> "—";
            case "true" -> "oui";
            case "false" -> "non";
            default -> texte.length() >= 2 && texte.startsWith("\"") && texte.endsWith("\"")
                    ? texte.substring(1, texte.length() - 1).replace("\\\"", "\"") : texte;
        }).orElse("—");
        return valeur.length() <= 200 ? valeur : valeur.substring(0, 199) + "…";
    }
}
