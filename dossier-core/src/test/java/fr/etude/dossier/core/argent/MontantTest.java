package fr.etude.dossier.core.argent;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class MontantTest {

    @Property
    void addingThenSubtractingGivesBackTheAmount(@ForAll @LongRange(min = -1_000_000_000, max = 1_000_000_000) long a,
                                                 @ForAll @LongRange(min = -1_000_000_000, max = 1_000_000_000) long b) {
        Montant x = Montant.centimes(a);
        Montant y = Montant.centimes(b);

        assertThat(x.plus(y).moins(y)).isEqualTo(x);
        assertThat(x.plus(y)).isEqualTo(y.plus(x));
        assertThat(x.plus(y).enCentimes()).isEqualTo(a + b);
    }

    @Property
    void roundingIsHalfUpToTheCent(@ForAll @LongRange(min = 0, max = 10_000_000) long milliemes) {
        Montant arrondi = Montant.arrondi(BigDecimal.valueOf(milliemes, 3));

        long attendu = (milliemes + 5) / 10;
        assertThat(arrondi.enCentimes()).isEqualTo(attendu);
    }

    @Property
    void equalAmountsAreEqualWhateverTheirScale(@ForAll @LongRange(min = 0, max = 1_000_000) long centimes) {
        assertThat(Montant.of(BigDecimal.valueOf(centimes, 2))).isEqualTo(Montant.of(BigDecimal.valueOf(centimes * 10, 3)));
    }

    @Property
    void frenchDisplayUsesCommaAndEuroSign(@ForAll @LongRange(min = 0, max = 99_999_999) long centimes) {
        String affiche = FormatFrancais.euros(Montant.centimes(centimes));

        assertThat(affiche).endsWith("\u00a0€").matches("[0-9\u202f]+,[0-9]{2}\u00a0€");
    }
}
