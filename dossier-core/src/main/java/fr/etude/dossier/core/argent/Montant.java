package fr.etude.dossier.core.argent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in euros, exact to the cent. It is held as a whole number of cents
 * (overflow-checked), which is exact like a two-decimal BigDecimal and far cheaper in the décompte's
 * loops; callers see BigDecimal values. Any rounding is explicit (half-up, the rounding of French
 * accounting statements). Never a floating-point number.
 */
public final class Montant implements Comparable<Montant> {

    public static final Montant ZERO = new Montant(0);
    private static final int CENTIMES = 2;

    private final long centimes;

    private Montant(long centimes) {
        this.centimes = centimes;
    }

    /** An exact amount: refuses a value with fractions of a cent. */
    public static Montant of(BigDecimal valeur) {
        Objects.requireNonNull(valeur, "montant absent");
        if (valeur.scale() > CENTIMES && valeur.stripTrailingZeros().scale() > CENTIMES) {
            throw new IllegalArgumentException("Le montant " + valeur.toPlainString() + " a plus de deux décimales.");
        }
        return new Montant(valeur.movePointRight(CENTIMES).longValueExact());
    }

    public static Montant of(String valeur) {
        return of(new BigDecimal(valeur));
    }

    public static Montant euros(long euros) {
        return new Montant(Math.multiplyExact(euros, 100L));
    }

    public static Montant centimes(long centimes) {
        return new Montant(centimes);
    }

    /** Rounds a computed value (interest, pro rata share) half-up to the cent. */
    public static Montant arrondi(BigDecimal valeur) {
        return new Montant(valeur.setScale(CENTIMES, RoundingMode.HALF_UP).unscaledValue().longValueExact());
    }

    public Montant plus(Montant autre) {
        return new Montant(Math.addExact(centimes, autre.centimes));
    }

    public Montant moins(Montant autre) {
        return new Montant(Math.subtractExact(centimes, autre.centimes));
    }

    public Montant fois(long nombre) {
        return new Montant(Math.multiplyExact(centimes, nombre));
    }

    public Montant min(Montant autre) {
        return centimes <= autre.centimes ? this : autre;
    }

    public boolean estPositif() {
        return centimes > 0;
    }

    public boolean estNegatif() {
        return centimes < 0;
    }

    /** The amount as a decimal with two places ({@code 1234.50}). */
    public BigDecimal valeur() {
        return BigDecimal.valueOf(centimes, CENTIMES);
    }

    public long enCentimes() {
        return centimes;
    }

    @Override
    public int compareTo(Montant autre) {
        return Long.compare(centimes, autre.centimes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Montant montant && centimes == montant.centimes;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(centimes);
    }

    /** Plain decimal form ({@code 1234.56}); French display is the view's job. */
    @Override
    public String toString() {
        return valeur().toPlainString();
    }
}
