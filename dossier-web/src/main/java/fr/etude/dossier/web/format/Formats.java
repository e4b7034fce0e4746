package fr.etude.dossier.web.format;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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

    public String montant(Montant montant) {
        // NumberFormat is not thread-safe: one per call is cheap enough for a page.
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.FRANCE);
        return format.format(montant.valeur());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Optional<LocalDate> date) {
        return date.map(DATE::format).orElse("");
    }
}
