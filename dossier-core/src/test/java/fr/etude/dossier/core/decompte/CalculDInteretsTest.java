package fr.etude.dossier.core.decompte;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import fr.etude.dossier.core.argent.Montant;

class CalculDInteretsTest {

    /** The integer path and the BigDecimal reference give the same cent, always. */
    @Property(tries = 2000)
    void integerArithmeticGivesTheSameCentAsTheDecimalReference(
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long centimes,
            @ForAll @IntRange(min = 0, max = 250_000) int tauxEnDixMilliemes,
            @ForAll @IntRange(min = 1, max = 366) int jours,
            @ForAll boolean bissextile) {
        Montant base = Montant.centimes(centimes);
        BigDecimal taux = BigDecimal.valueOf(tauxEnDixMilliemes, 4);
        int diviseur = bissextile ? 366 : 365;

        BigDecimal reference = base.valeur().multiply(taux).multiply(BigDecimal.valueOf(jours))
                .divide(BigDecimal.valueOf(100L * diviseur), 2, RoundingMode.HALF_UP);

        assertThat(CalculDInterets.interets(base, taux, jours, diviseur)).isEqualTo(Montant.of(reference));
    }

    @Property
    void halfACentRoundsUp(@ForAll @LongRange(min = 0, max = 1_000_000) long quotient) {
        assertThat(CalculDInterets.arrondiAuPlusProche(quotient * 10 + 5, 10)).isEqualTo(quotient + 1);
        assertThat(CalculDInterets.arrondiAuPlusProche(quotient * 10 + 4, 10)).isEqualTo(quotient);
    }
}
