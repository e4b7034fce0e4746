package fr.etude.dossier.core.argent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in euros, held to the cent. Arithmetic keeps two decimals; any rounding is
 * explicit (half-up, the rounding of French accounting statements).
 */
public final class Montant implements Comparable<Montant> {

    public static final Montant ZERO = new Montant(BigDecimal.ZERO);
    private static final int CENTIMES = 2;

    private final BigDecimal valeur;

    private Montant(BigDecimal valeur) {
        this.valeur = valeur.setScale(CENTIMES, RoundingMode.UNNECESSARY);
    }

    /** An exact amount: refuses a value with fractions of a cent. */
    public static Montant of(BigDecimal valeur) {
        Objects.requireNonNull(valeur, "montant absent");
        if (valeur.stripTrailingZeros().scale() > CENTIMES) {
            throw new IllegalArgumentException("Le montant " + valeur.toPlainString()
                    + " a plus de deux décimales.");
        }
        return new Montant(valeur);
    }

    public static Montant of(String valeur) {
        return of(new BigDecimal(valeur));
    }

    public static Montant euros(long euros) {
        return new Montant(BigDecimal.valueOf(euros));
    }

    public static Montant centimes(long centimes) {
        return new Montant(BigDecimal.valueOf(centimes, CENTIMES));
    }

    /** Rounds a computed value (interest, pro rata share) half-up to the cent. */
    public static Montant arrondi(BigDecimal valeur) {
        return new Montant(valeur.setScale(CENTIMES, RoundingMode.HALF_UP));
    }

    public Montant plus(Montant autre) {
        return new Montant(valeur.add(autre.valeur));
    }

    public Montant moins(Montant autre) {
        return new Montant(valeur.subtract(autre.valeur));
    }

    public Montant fois(long nombre) {
        return new Montant(valeur.multiply(BigDecimal.valueOf(nombre)));
    }

    public Montant min(Montant autre) {
        return compareTo(autre) <= 0 ? this : autre;
    }

    public Montant max(Montant autre) {
        return compareTo(autre) >= 0 ? this : autre;
    }

    public Montant negate() {
        return new Montant(valeur.negate());
    }

    public boolean estPositif() {
        return valeur.signum() > 0;
    }

    public boolean estNegatif() {
        return valeur.signum() < 0;
    }

    public boolean estNul() {
        return valeur.signum() == 0;
    }

    public BigDecimal valeur() {
        return valeur;
    }

    public long enCentimes() {
        return valeur.movePointRight(CENTIMES).longValueExact();
    }

    @Override
    public int compareTo(Montant autre) {
        return valeur.compareTo(autre.valeur);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Montant montant && valeur.equals(montant.valeur);
    }

    @Override
    public int hashCode() {
        return valeur.hashCode();
    }

    /** Plain decimal form ({@code 1234.56}); French display is the view's job. */
    @Override
    public String toString() {
        return valeur.toPlainString();
    }
}
