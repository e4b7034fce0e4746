package fr.etude.dossier.core.argent;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** French writing of amounts, rates and dates, for the explanations the domain gives. */
public final class FormatFrancais {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FormatFrancais() {
    }

    /** {@code 1 234,56 €} (narrow no-break spaces, as the French locale writes them). */
    public static String euros(Montant montant) {
        return NumberFormat.getCurrencyInstance(Locale.FRANCE).format(montant.valeur());
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** {@code 8,01 %}. */
    public static String pourcentage(BigDecimal taux) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(4);
        return format.format(taux) + " %";
    }
}
