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

    /**
     * Reads one field of a form: its value, or nothing and its French error under its name in
     * {@code erreurs}, so that a form reports every wrong field at once.
     */
    public static <T> java.util.Optional<T> champ(String champ, String libelle, String texte,
                                                 java.util.Map<String, String> erreurs,
                                                 java.util.function.Function<String, T> lecture) {
        try {
            return java.util.Optional.of(lecture.apply(texte));
        } catch (IllegalArgumentException refus) {
            erreurs.put(champ, pourLeChamp(libelle, refus.getMessage()));
            return java.util.Optional.empty();
        }
    }

    /** "Première échéance : la date est obligatoire…": a reading error, named after its field. */
    public static String pourLeChamp(String libelle, String message) {
        boolean phrase = message.length() > 1 && Character.isUpperCase(message.charAt(0))
                && !Character.isUpperCase(message.charAt(1));
        return libelle + " : " + (phrase ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message);
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

    /**
     * A whole number between {@code min} and {@code max}; {@code unite} names what is counted in the
     * message ("échéances"), or is empty.
     */
    public static int entier(String texte, int min, int max, String unite) {
        if (texte == null || texte.isBlank()) {
            throw new IllegalArgumentException("Le nombre est obligatoire.");
        }
        int valeur;
        try {
            valeur = Integer.parseInt(texte.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("« " + texte + " » n'est pas un nombre entier.");
        }
        if (valeur < min || valeur > max) {
            throw new IllegalArgumentException("Entre " + min + " et " + max + (unite.isEmpty() ? "" : " " + unite) + ".");
        }
        return valeur;
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
