package fr.etude.dossier.web.format;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/** Times as {@code 14:30}, {@code 14h30} or {@code 14h}. */
public class HeureFormatter implements Formatter<LocalTime> {

    private static final Pattern HEURE = Pattern.compile("([01]?[0-9]|2[0-3])\\s*[:hH]\\s*([0-5][0-9])?");

    @Override
    public LocalTime parse(String texte, Locale locale) {
        Matcher heure = HEURE.matcher(texte.strip());
        if (!heure.matches()) {
            throw new SaisieIllisible("saisie.heure.illisible");
        }
        return LocalTime.of(Integer.parseInt(heure.group(1)), heure.group(2) == null ? 0 : Integer.parseInt(heure.group(2)));
    }

    @Override
    public String print(LocalTime heure, Locale locale) {
        return String.format("%02d:%02d", heure.getHour(), heure.getMinute());
    }
}
