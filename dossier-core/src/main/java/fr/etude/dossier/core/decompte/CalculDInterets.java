package fr.etude.dossier.core.decompte;

import java.math.BigDecimal;
import java.math.RoundingMode;

import fr.etude.dossier.core.argent.Montant;

/**
 * base × taux % × jours / diviseur, rounded half-up to the cent: exact integer arithmetic on cents
 * when the product fits in a long (every realistic debt), BigDecimal otherwise. Same result either
 * way: both compute the exact quotient and round it once.
 */
final class CalculDInterets {

    private CalculDInterets() {
    }

    static Montant interets(Montant base, BigDecimal tauxPourcent, long jours, int diviseur) {
        int echelle = Math.max(tauxPourcent.scale(), 0);
        try {
            long chiffresDuTaux = echelle == tauxPourcent.scale() ? tauxPourcent.unscaledValue().longValueExact()
                    : tauxPourcent.setScale(0).unscaledValue().longValueExact();
            long numerateur = Math.multiplyExact(Math.multiplyExact(base.enCentimes(), chiffresDuTaux), jours);
            long denominateur = Math.multiplyExact(100L * diviseur, puissanceDeDix(echelle));
            return Montant.centimes(arrondiAuPlusProche(numerateur, denominateur));
        } catch (ArithmeticException depassement) {
            return Montant.of(base.valeur().multiply(tauxPourcent).multiply(BigDecimal.valueOf(jours))
                    .divide(BigDecimal.valueOf(100L * diviseur), 2, RoundingMode.HALF_UP));
        }
    }

    /** Half-up division of non-negative or negative numerators by a positive denominator. */
    static long arrondiAuPlusProche(long numerateur, long denominateur) {
        long quotient = numerateur / denominateur;
        long reste = Math.abs(numerateur % denominateur);
        if (reste >= denominateur - reste) {
            quotient += Long.signum(numerateur);
        }
        return quotient;
    }

    private static final long[] PUISSANCES_DE_DIX = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
            10_000_000L, 100_000_000L, 1_000_000_000L};

    private static long puissanceDeDix(int exposant) {
        if (exposant >= PUISSANCES_DE_DIX.length) {
            throw new ArithmeticException("taux trop précis pour le calcul entier");
        }
        return PUISSANCES_DE_DIX[exposant];
    }
}
