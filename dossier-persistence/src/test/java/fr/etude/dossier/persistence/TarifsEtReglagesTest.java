package fr.etude.dossier.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.chiffre.ChiffreDeLaLoi;
import fr.etude.dossier.core.chiffre.ChiffresDeLaLoi;
import fr.etude.dossier.core.remuneration.BaremesDeSaisie;
import fr.etude.dossier.core.reglage.Reglage;
import fr.etude.dossier.core.reglage.ReglagesDeLEtude;
import fr.etude.dossier.core.tarif.TarifDeRecouvrement;
import fr.etude.dossier.core.tarif.Tarifs;

/** The tariffs, figures of the law and settings seeded by the migrations come back as the rules need them. */
@SpringBootTest
class TarifsEtReglagesTest {

    @Autowired
    Tarifs tarifs;

    @Autowired
    ReglagesDeLEtude reglages;

    @Autowired
    ChiffresDeLaLoi chiffres;

    @Autowired
    BaremesDeSaisie baremes;

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
    void theFiguresOfTheLawAreReadByDate() {
        assertThat(chiffres.table(ChiffreDeLaLoi.PLAFOND_PETITES_CREANCES).montantLe(LocalDate.of(2026, 11, 20)))
                .isEqualTo(Montant.of("5000.00"));
        assertThat(chiffres.table(ChiffreDeLaLoi.DELAI_SIGNIFICATION_INJONCTION).finDuDelai(LocalDate.of(2026, 4, 1), false))
                .isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(chiffres.table(ChiffreDeLaLoi.RSA_PERSONNE_SEULE).aFaire(LocalDate.of(2026, 11, 20)))
                .extracting(fr.etude.dossier.core.chiffre.TableDuChiffre.AFaire::libelle).containsExactly("RSA au 01/04/2026 : non saisi");
        // 2025 scale on 1 500 € a month, no dependant (worked in BaremeDeSaisieTest): 236,94 € a month.
        assertThat(baremes.table().de(2025).orElseThrow().quotite(Montant.of("1500"), 0, Montant.of("646.52")).mensuelle())
                .isEqualTo(Montant.of("236.94"));
        assertThat(baremes.table().de(2026).orElseThrow().confirme()).isFalse();
    }

    @Test
    void everySettingTheRulesReadIsInTheDatabase() {
        assertThat(reglages.tous()).extracting(ReglagesDeLEtude.ReglageEnVigueur::reglage).containsExactly(Reglage.values());
        assertThat(Reglage.politiqueDeContact(reglages.instantane()).heureFin()).isEqualTo(java.time.LocalTime.of(20, 0));
    }
}
