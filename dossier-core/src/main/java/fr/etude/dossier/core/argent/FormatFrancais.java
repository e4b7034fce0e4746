package fr.etude.dossier.core.argent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * French writing of amounts, rates and dates, for the explanations the domain gives. Written by
 * hand rather than with {@link java.text.NumberFormat}, whose instances cost more to build than a
 * whole décompte line; the output is the French locale's: {@code 1 234,56 €} with a narrow
 * no-break space between thousands and a no-break space before the sign.
 */
public final class FormatFrancais {

    private static final char ESPACE_MILLIERS = '\u202f';
    private static final char ESPACE_INSECABLE = '\u00a0';

    private FormatFrancais() {
    }

    /** {@code 1 234,56 €}. */
    public static String euros(Montant montant) {
        return montant(montant) + ESPACE_INSECABLE + "€";
    }

    /** {@code 1 234,56}: the amount as a French user types it back. */
    public static String montant(Montant montant) {
        return nombre(montant.valeur().setScale(2, RoundingMode.UNNECESSARY));
    }

    /** {@code 20/11/2026}. */
    public static String date(LocalDate date) {
        StringBuilder texte = new StringBuilder(10);
        deuxChiffres(texte, date.getDayOfMonth()).append('/');
        deuxChiffres(texte, date.getMonthValue()).append('/');
        return texte.append(date.getYear()).toString();
    }

    /** {@code 8,01 %}: at least two decimals, at most four. */
    public static String pourcentage(BigDecimal taux) {
        BigDecimal arrondi = taux.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        if (arrondi.scale() < 2) {
            arrondi = arrondi.setScale(2, RoundingMode.UNNECESSARY);
        }
        return nombre(arrondi) + " %";
    }

    private static String nombre(BigDecimal valeur) {
        String chiffres = valeur.abs().toPlainString();
        int virgule = chiffres.indexOf('.');
        String entier = virgule < 0 ? chiffres : chiffres.substring(0, virgule);
        StringBuilder texte = new StringBuilder(chiffres.length() + 6);
        if (valeur.signum() < 0) {
            texte.append('-');
        }
        for (int i = 0; i < entier.length(); i++) {
            if (i > 0 && (entier.length() - i) % 3 == 0) {
                texte.append(ESPACE_MILLIERS);
            }
            texte.append(entier.charAt(i));
        }
        if (virgule >= 0) {
            texte.append(',').append(chiffres, virgule + 1, chiffres.length());
        }
        return texte.toString();
    }

    private static StringBuilder deuxChiffres(StringBuilder texte, int valeur) {
        return texte.append(valeur < 10 ? "0" : "").append(valeur);
    }
}
