package fr.etude.dossier.core.tarif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;

/** A new recovery tariff is read by the fee function from its date of entry into force. */
class TableDesTarifsTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 20);

    private final TableDesTarifs debiteur = new TableDesTarifs(TarifDeRecouvrement.Cote.DEBITEUR, List.of(tarif(
            LocalDate.of(2024, 3, 1), "6.34")));

    @Test
    void theFeeIsComputedWithTheTariffInForceOnTheDayOfTheRecovery() {
        debiteur.ajouter(tarif(LocalDate.of(2027, 3, 1), "7.00"));

        // 500 € recovered on 20/11/2026 (tariff of 2024): 125 × 9,75 % + 375 × 6,34 % = 12,1875 + 23,775 = 35,9625 → 35,96 €
        assertThat(debiteur.enVigueurLe(AUJOURDHUI).orElseThrow().emolument(Montant.of("500"))).isEqualTo(Montant.of("35.96"));
        // the same on 01/03/2027 (tariff of 2027): 12,1875 + 375 × 7 % = 12,1875 + 26,25 = 38,4375 → 38,44 €
        assertThat(debiteur.enVigueurLe(LocalDate.of(2027, 3, 1)).orElseThrow().emolument(Montant.of("500")))
                .isEqualTo(Montant.of("38.44"));
        assertThat(debiteur.periodes().get(1).fin()).contains(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aTariffBeforeTheLastWouldOverlapIt() {
        assertThatThrownBy(() -> debiteur.ajouter(tarif(LocalDate.of(2023, 1, 1), "7.00")))
                .hasMessage("Un tarif du 01/01/2023 chevaucherait celui du 01/03/2024 : un nouveau tarif entre en vigueur après le 01/03/2024.");
        assertThatThrownBy(() -> debiteur.ajouter(tarif(LocalDate.of(2024, 3, 1), "7.00")))
                .hasMessage("Un tarif art. A444-31 C. com. entre déjà en vigueur le 01/03/2024.");
    }

    @Test
    void confirmingATariffInForceAsksForAReason() {
        assertThat(debiteur.aFaire(AUJOURDHUI)).extracting(TableDesTarifs.AFaire::libelle)
                .containsExactly("Tarif de recouvrement (art. A444-31 C. com.) du 01/03/2024 : à confirmer");
        assertThatThrownBy(() -> debiteur.verifier(LocalDate.of(2024, 3, 1), "arrêté du 26 février 2024", Optional.empty(), true,
                Optional.empty(), AUJOURDHUI)).hasMessageContaining("Dites pourquoi vous le modifiez.");

        debiteur.verifier(LocalDate.of(2024, 3, 1), "arrêté du 26 février 2024", Optional.of(LocalDate.of(2024, 2, 28)), true,
                Optional.of("Vérifié au JO"), AUJOURDHUI);
        assertThat(debiteur.aFaire(AUJOURDHUI)).isEmpty();
    }

    private static TarifDeRecouvrement tarif(LocalDate le, String tauxDeLaDeuxiemeTranche) {
        return new TarifDeRecouvrement(TarifDeRecouvrement.Cote.DEBITEUR, le, Montant.of("44.00"), Montant.of("4.29"), List.of(
                new TarifDeRecouvrement.Tranche(Montant.ZERO, Optional.of(Montant.of("125")), new BigDecimal("9.75")),
                new TarifDeRecouvrement.Tranche(Montant.of("125"), Optional.of(Montant.of("610")), new BigDecimal(tauxDeLaDeuxiemeTranche)),
                new TarifDeRecouvrement.Tranche(Montant.of("610"), Optional.empty(), new BigDecimal("3.41"))),
                Montant.of("550.00"), "tarif de test", false);
    }
}
