package fr.etude.dossier.core.tarif;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;

/** The proportional emoluments of art. A444-31 and A444-32 C. com., worked by hand. */
class TarifDeRecouvrementTest {

    /** A444-32 with the 2020 rates: no fixed amount in the example, so a threshold of 0. */
    private static final TarifDeRecouvrement A444_32_2020 = new TarifDeRecouvrement(TarifDeRecouvrement.Cote.CREANCIER,
            LocalDate.of(2020, 3, 1), Montant.ZERO, Montant.ZERO, List.of(
            tranche("0", "125", "11.61"), tranche("125", "610", "10.64"), tranche("610", "1525", "10.16"),
            tranche("1525", "52400", "3.87"), tranche("52400", null, "2.98")), Montant.of("5540.00"), "arrêté du 28 février 2020", false);

    /** A444-31 as found for the tariff of 1 March 2024 (to confirm). */
    private static final TarifDeRecouvrement A444_31_2024 = new TarifDeRecouvrement(TarifDeRecouvrement.Cote.DEBITEUR,
            LocalDate.of(2024, 3, 1), Montant.of("44.00"), Montant.of("4.29"), List.of(
            tranche("0", "125", "9.75"), tranche("125", "610", "6.34"), tranche("610", "1525", "3.41"),
            tranche("1525", null, "0.29")), Montant.of("550.00"), "arrêté du 26 février 2024", false);

    @Test
    void twoHundredEurosRecoveredUnderTheA444_32RatesOf2020() {
        // 125 × 11,61 % + 75 × 10,64 % = 14,5125 + 7,98 = 22,4925 → 22,49 €
        assertThat(A444_32_2020.emolument(Montant.of("200.00"))).isEqualTo(Montant.of("22.49"));
    }

    @Test
    void aSmallRecoveryBearsTheFixedAmountOfA444_31() {
        assertThat(A444_31_2024.emolument(Montant.of("44.00"))).isEqualTo(Montant.of("4.29"));
        // 45 × 9,75 % = 4,3875 → 4,39 €
        assertThat(A444_31_2024.emolument(Montant.of("45.00"))).isEqualTo(Montant.of("4.39"));
    }

    @Test
    void eachBandBearsItsRateUpToTheCap() {
        // 125 × 9,75 % + 485 × 6,34 % + 915 × 3,41 % + 475 × 0,29 % = 12,1875 + 30,749 + 31,2015 + 1,3775
        // = 75,5155 → 75,52 €
        assertThat(A444_31_2024.emolument(Montant.of("2000.00"))).isEqualTo(Montant.of("75.52"));
        assertThat(A444_31_2024.emolument(Montant.of("1000000.00"))).as("capped").isEqualTo(Montant.of("550.00"));
        assertThat(A444_31_2024.emolument(Montant.ZERO)).isEqualTo(Montant.ZERO);
    }

    private static TarifDeRecouvrement.Tranche tranche(String de, String jusqua, String taux) {
        return new TarifDeRecouvrement.Tranche(Montant.of(de), Optional.ofNullable(jusqua).map(Montant::of),
                new BigDecimal(taux));
    }
}
