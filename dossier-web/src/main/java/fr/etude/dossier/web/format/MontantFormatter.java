package fr.etude.dossier.web.format;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;

/**
 * Amounts as French users type them: {@code 1 234,56}, {@code 1234.56}, {@code 50 €}. Only digits,
 * spaces and one decimal separator: {@code 1e5} is not an amount, and neither is a third decimal.
 */
public class MontantFormatter implements Formatter<Montant> {

    /** A billion euros: far above any claim an office recovers, well within a numeric(19,2). */
    private static final int CHIFFRES_MAX = 10;
    private static final Pattern MONTANT = Pattern.compile("-?\\d+([.,]\\d+)?");

    @Override
    public Montant parse(String texte, Locale locale) {
        String nettoye = texte.replaceAll("[\\s\u00a0\u202f€]", "");
        if (!MONTANT.matcher(nettoye).matches()) {
            throw new SaisieIllisible("saisie.montant.illisible");
        }
        BigDecimal valeur = new BigDecimal(nettoye.replace(',', '.'));
        if (valeur.scale() > 2 && valeur.stripTrailingZeros().scale() > 2) {
            throw new SaisieIllisible("saisie.montant.decimales");
        }
        if (valeur.precision() - valeur.scale() > CHIFFRES_MAX) {
            throw new SaisieIllisible("saisie.montant.tropGrand");
        }
        return Montant.of(valeur);
    }

    @Override
    public String print(Montant montant, Locale locale) {
        return FormatFrancais.montant(montant);
    }
}
