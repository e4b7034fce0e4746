package fr.etude.dossier.web.format;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/** Rates as typed: {@code 6,65}, {@code 6.65} or {@code 6,65 %}; printed the French way. */
public class TauxFormatter implements Formatter<BigDecimal> {

    private static final Pattern TAUX = Pattern.compile("\\d{1,3}([.,]\\d+)?");

    @Override
    public BigDecimal parse(String texte, Locale locale) {
        String nettoye = texte.replaceAll("[\\s\u00a0\u202f%]", "");
        if (!TAUX.matcher(nettoye).matches()) {
            throw new SaisieIllisible("saisie.taux.illisible");
        }
        return new BigDecimal(nettoye.replace(',', '.'));
    }

    @Override
    public String print(BigDecimal taux, Locale locale) {
        return taux.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
