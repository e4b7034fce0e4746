package fr.etude.dossier.web.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.springframework.format.Formatter;

/** Dates as {@code 30/11/2026}; a day that does not exist (31/11) is refused, never moved. */
public class DateFormatter implements Formatter<LocalDate> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate parse(String texte, Locale locale) {
        try {
            return LocalDate.parse(texte.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw new SaisieIllisible("saisie.date.illisible");
        }
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return DATE.format(date);
    }
}
