package fr.etude.dossier.core.remuneration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.etude.dossier.core.regle.RegleEnfreinte;

/** The share of a band of salary that may be seized, as the law writes it: {@code 1/20}, {@code 2/3}. */
public record Fraction(int numerateur, int denominateur) {

    private static final Pattern FRACTION = Pattern.compile("\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s*");

    public Fraction {
        if (denominateur <= 0 || numerateur <= 0 || numerateur > denominateur) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, "Une fraction saisissable est comprise entre 0 et 1 : "
                    + numerateur + "/" + denominateur + " ne convient pas.");
        }
    }

    /** {@code 1/20 ; 1/10 ; 1/5}: the fractions in order, separated by semicolons. */
    public static List<Fraction> lire(String texte) {
        List<Fraction> fractions = new ArrayList<>();
        for (String morceau : (texte == null ? "" : texte).split(";")) {
            Matcher fraction = FRACTION.matcher(morceau);
            if (!fraction.matches()) {
                throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, "« " + morceau.strip()
                        + " » n'est pas une fraction comme 1/20 (séparez-les par des points-virgules).");
            }
            fractions.add(new Fraction(Integer.parseInt(fraction.group(1)), Integer.parseInt(fraction.group(2))));
        }
        return fractions;
    }

    public static String ecrire(List<Fraction> fractions) {
        return String.join(" ; ", fractions.stream().map(Fraction::toString).toList());
    }

    /** {@code montant × numerateur / denominateur}, exact to 20 significant digits (rounded by the caller). */
    public BigDecimal de(BigDecimal montant) {
        return montant.multiply(BigDecimal.valueOf(numerateur)).divide(BigDecimal.valueOf(denominateur), MathContext.DECIMAL128);
    }

    @Override
    public String toString() {
        return numerateur + "/" + denominateur;
    }
}
