package fr.etude.dossier.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.reglage.Reglage;
import fr.etude.dossier.core.reglage.ReglagesDeLEtude;
import fr.etude.dossier.core.tarif.TarifDeRecouvrement;
import fr.etude.dossier.core.tarif.Tarifs;

/** The tariffs and settings seeded by the migrations come back as the rules need them. */
@SpringBootTest
class TarifsEtReglagesTest {

    @Autowired
    Tarifs tarifs;

    @Autowired
    ReglagesDeLEtude reglages;

    @Test
    void theTariffOfMarch2024IsInForceAndComputesByBands() {
        TarifDeRecouvrement creancier = tarifs.enVigueur(TarifDeRecouvrement.Cote.CREANCIER, LocalDate.of(2026, 11, 20))
                .orElseThrow();
        assertThat(creancier.enVigueurLe()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(creancier.confirme()).isFalse();
        assertThat(creancier.emolument(Montant.of("150.00"))).as("fixed amount up to 188 €").isEqualTo(Montant.of("21.45"));
        // 125 × 11,70 % + 75 × 10,73 % = 14,625 + 8,0475 = 22,6725 → 22,67 €
        assertThat(creancier.emolument(Montant.of("200.00"))).isEqualTo(Montant.of("22.67"));
        assertThat(tarifs.enVigueur(TarifDeRecouvrement.Cote.DEBITEUR, LocalDate.of(2026, 11, 20)).orElseThrow()
                .emolument(Montant.of("2000.00"))).isEqualTo(Montant.of("75.52"));
        assertThat(tarifs.enVigueur(TarifDeRecouvrement.Cote.DEBITEUR, LocalDate.of(2023, 1, 1))).isEmpty();
    }

    @Test
    void everySettingTheRulesReadIsInTheDatabase() {
        assertThat(reglages.tous()).extracting(ReglagesDeLEtude.ReglageEnVigueur::reglage).containsExactly(Reglage.values());
        assertThat(reglages.montant(Reglage.ESCALADE_PLAFOND_PETITES_CREANCES)).isEqualTo(Montant.of("5000.00"));
        assertThat(Reglage.politiqueDeContact(reglages.instantane()).heureFin()).isEqualTo(java.time.LocalTime.of(20, 0));
    }
}
