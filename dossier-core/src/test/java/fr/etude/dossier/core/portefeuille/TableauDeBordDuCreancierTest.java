package fr.etude.dossier.core.portefeuille;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.SynthesePortefeuille;

/** The dashboard's figures from what the port reads: complete periods, debts by age, rates to the hundredth. */
class TableauDeBordDuCreancierTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 20);

    @Test
    void aDebtDueExactlyThreeMonthsAgoIsInTheThreeToSixMonthsTranche() {
        assertThat(TrancheDAnciennete.de(LocalDate.of(2026, 8, 21), AUJOURDHUI)).isEqualTo(TrancheDAnciennete.MOINS_DE_3_MOIS);
        assertThat(TrancheDAnciennete.de(LocalDate.of(2026, 8, 20), AUJOURDHUI)).isEqualTo(TrancheDAnciennete.DE_3_A_6_MOIS);
        assertThat(TrancheDAnciennete.de(LocalDate.of(2026, 5, 20), AUJOURDHUI)).isEqualTo(TrancheDAnciennete.DE_6_A_12_MOIS);
        assertThat(TrancheDAnciennete.de(LocalDate.of(2025, 11, 21), AUJOURDHUI)).isEqualTo(TrancheDAnciennete.DE_6_A_12_MOIS);
        assertThat(TrancheDAnciennete.de(LocalDate.of(2025, 11, 20), AUJOURDHUI)).isEqualTo(TrancheDAnciennete.DE_1_A_2_ANS);
        assertThat(TrancheDAnciennete.de(LocalDate.of(2024, 11, 20), AUJOURDHUI)).isEqualTo(TrancheDAnciennete.PLUS_DE_2_ANS);
        assertThat(TrancheDAnciennete.de(LocalDate.of(2027, 1, 1), AUJOURDHUI)).as("not yet due").isEqualTo(TrancheDAnciennete.MOINS_DE_3_MOIS);
    }

    @Test
    void everyMonthStageAndQuarterIsThereEvenWithoutFigures() {
        IndicateursDuPortefeuille indicateurs = IndicateursDuPortefeuille.au(AUJOURDHUI, CreancierId.nouveau(), new Lu(),
                new SynthesePortefeuille(3, 2, Montant.of("3000.00"), Montant.of("1000.00"), Montant.of("2000.00")));

        assertThat(indicateurs.recouvreParMois()).hasSize(12);
        assertThat(indicateurs.recouvreParMois().get(0).mois()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(indicateurs.recouvreParMois().get(10)).isEqualTo(new TableauDeBord.RecouvreDuMois(LocalDate.of(2026, 10, 1),
                Montant.of("120.00"), 1));
        assertThat(indicateurs.recouvreParMois().get(11).recouvre()).isEqualTo(Montant.ZERO);
        assertThat(indicateurs.recouvreSurLaPeriode()).isEqualTo(Montant.of("120.00"));

        assertThat(indicateurs.anciennete()).extracting(IndicateursDuPortefeuille.Anciennete::solde).containsExactly(
                Montant.of("100.00"), Montant.ZERO, Montant.ZERO, Montant.of("500.00"), Montant.ZERO);
        assertThat(indicateurs.anciennete().get(3).dossiers()).isEqualTo(3);
        assertThat(indicateurs.encours()).isEqualTo(Montant.of("600.00"));

        assertThat(indicateurs.parEtape()).extracting(TableauDeBord.DossiersALEtape::etape).containsExactly(Etape.values());
        assertThat(indicateurs.parEtape().get(3).dossiers()).isEqualTo(2);

        assertThat(indicateurs.parTrimestre()).hasSize(8);
        assertThat(indicateurs.parTrimestre().get(0).trimestre()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(indicateurs.parTrimestre().get(7).trimestre()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(indicateurs.parTrimestre().get(7).numero()).isEqualTo(4);
        assertThat(indicateurs.parTrimestre().get(6).taux().pourcentage()).hasValueSatisfying(
                taux -> assertThat(taux).isEqualByComparingTo("33.33"));
        assertThat(indicateurs.parTrimestre().get(5).taux().pourcentage()).as("no dossier opened").isEmpty();
        assertThat(indicateurs.global().pourcentage()).hasValueSatisfying(taux -> assertThat(taux).isEqualByComparingTo("33.33"));
    }

    private static final class Lu implements TableauDeBord {

        @Override
        public List<RecouvreDuMois> recouvreParMois(CreancierId creancier, LocalDate du, LocalDate au) {
            assertThat(du).isEqualTo(LocalDate.of(2025, 12, 1));
            assertThat(au).isEqualTo(AUJOURDHUI);
            return List.of(new RecouvreDuMois(LocalDate.of(2026, 10, 1), Montant.of("120.00"), 1));
        }

        @Override
        public List<EncoursDuJour> encoursParExigibilite(CreancierId creancier) {
            return List.of(new EncoursDuJour(LocalDate.of(2026, 11, 1), 1, Montant.of("100.00")),
                    new EncoursDuJour(LocalDate.of(2025, 6, 1), 2, Montant.of("300.00")),
                    new EncoursDuJour(LocalDate.of(2025, 1, 15), 1, Montant.of("200.00")));
        }

        @Override
        public List<DossiersALEtape> parEtape(CreancierId creancier) {
            return List.of(new DossiersALEtape(Etape.CONTENTIEUX, 2, Montant.of("600.00")));
        }

        @Override
        public List<Cohorte> parTrimestreDOuverture(CreancierId creancier, LocalDate depuis) {
            assertThat(depuis).isEqualTo(LocalDate.of(2025, 1, 1));
            return List.of(new Cohorte(LocalDate.of(2026, 7, 1), 1, Montant.of("300.00"), Montant.of("100.00")));
        }
    }
}
