package fr.etude.dossier.web.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import fr.etude.dossier.core.argent.Montant;

/** Reads what a French user types: {@code 1 234,56}, {@code 30/11/2026}, {@code 14:30}. */
public final class SaisieFrancaise {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final java.util.regex.Pattern HEURE = java.util.regex.Pattern.compile("([01]?[0-9]|2[0-3])\\s*[:hH]\\s*([0-5][0-9])?");

    private SaisieFrancaise() {
    }

    public static Montant montant(String texte) {
        if (texte == null || texte.isBlank()) {
            throw new IllegalArgumentException("Le montant est obligatoire (ex. 1 234,56).");
        }
        String nettoye = texte.replaceAll("[\\s\u00a0\u202f€]", "").replace(',', '.');
        try {
            BigDecimal valeur = new BigDecimal(nettoye);
            if (valeur.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("« " + texte.strip() + " » a plus de deux décimales : un montant se saisit au centime.");
            }
            Montant montant = Montant.of(valeur);
            if (!montant.estPositif()) {
                throw new IllegalArgumentException("Le montant doit être positif.");
            }
            return montant;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("« " + texte + " » n'est pas un montant (ex. 1 234,56).");
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("« " + texte + " » est trop grand pour un montant.");
        }
    }

    public static LocalDate date(String texte) {
        if (texte == null || texte.isBlank()) {
            throw new IllegalArgumentException("La date est obligatoire (jj/mm/aaaa).");
        }
        try {
            return LocalDate.parse(texte == null ? "" : texte.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("« " + texte + " » n'est pas une date jj/mm/aaaa (ex. 30/11/2026).");
        }
    }

    /** {@code 14:30}, {@code 14h30} or {@code 14h}. */
    public static LocalTime heure(String texte) {
        if (texte == null || texte.isBlank()) {
            throw new IllegalArgumentException("L'heure est obligatoire (hh:mm).");
        }
        java.util.regex.Matcher heure = HEURE.matcher(texte == null ? "" : texte.strip());
        if (!heure.matches()) {
            throw new IllegalArgumentException("« " + texte + " » n'est pas une heure hh:mm (ex. 14:30).");
        }
        return LocalTime.of(Integer.parseInt(heure.group(1)), heure.group(2) == null ? 0 : Integer.parseInt(heure.group(2)));
    }
}
