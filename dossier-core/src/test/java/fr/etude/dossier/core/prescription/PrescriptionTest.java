package fr.etude.dossier.core.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.core.creance.TitreExecutoire;
import fr.etude.dossier.core.prescription.EvenementDePrescription.CauseInterruption;
import fr.etude.dossier.core.prescription.EvenementDePrescription.CauseSuspension;
import fr.etude.dossier.core.prescription.EvenementDePrescription.Interruption;
import fr.etude.dossier.core.prescription.EvenementDePrescription.Suspension;

class PrescriptionTest {

    private static final LocalDate ECHEANCE = LocalDate.of(2024, 3, 12);

    @Test
    void aProfessionalsClaimOnAConsumerIsBarredAfterTwoYears() {
        Prescription.EtatDePrescription etat = Prescription.calculer(creance(NatureCreance.CONSOMMATION), List.of());

        assertThat(etat.acquiseLe()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(etat.delai().libelle()).contains("L218-2 C. conso.");
        assertThat(etat.estPrescrite(LocalDate.of(2026, 3, 11))).isFalse();
        assertThat(etat.estPrescrite(LocalDate.of(2026, 3, 12))).isTrue();
    }

    @Test
    void aClaimBetweenTradersIsBarredAfterFiveYears() {
        Prescription.EtatDePrescription etat = Prescription.calculer(creance(NatureCreance.COMMERCIALE), List.of());

        assertThat(etat.acquiseLe()).isEqualTo(LocalDate.of(2029, 3, 12));
        assertThat(etat.delai().libelle()).contains("L110-4 C. com.");
    }

    @Test
    void aCivilClaimIsBarredAfterFiveYears() {
        Prescription.EtatDePrescription etat = Prescription.calculer(creance(NatureCreance.CIVILE), List.of());

        assertThat(etat.acquiseLe()).isEqualTo(LocalDate.of(2029, 3, 12));
        assertThat(etat.delai().libelle()).contains("2224 C. civ.");
    }

    @Test
    void aJudgmentIsEnforceableForTenYearsFromItsSignification() {
        Creance jugee = creance(NatureCreance.CONSOMMATION).avecTitre(new TitreExecutoire(
                TitreExecutoire.TypeTitre.JUGEMENT, "Tribunal judiciaire de Lyon", LocalDate.of(2025, 2, 3),
                Optional.of(LocalDate.of(2025, 2, 20))));

        Prescription.EtatDePrescription etat = Prescription.calculer(jugee, List.of());

        assertThat(etat.acquiseLe()).isEqualTo(LocalDate.of(2035, 2, 20));
        assertThat(etat.delai().libelle()).contains("L111-4 CPCE");
    }

    @Test
    void anAcknowledgementStartsANewPeriodOfTheSameLength() {
        // Consumer debt due 12/03/2024; the debtor acknowledges it (a partial payment) on 05/01/2026.
        Prescription.EtatDePrescription etat = Prescription.calculer(creance(NatureCreance.CONSOMMATION),
                List.of(new Interruption(LocalDate.of(2026, 1, 5), CauseInterruption.RECONNAISSANCE)));

        assertThat(etat.acquiseLe()).isEqualTo(LocalDate.of(2028, 1, 5));
        assertThat(etat.explication()).anyMatch(ligne -> ligne.contains("art. 2240 C. civ."));
    }

    @Test
    void anActAfterTheDateIsTooLateToInterrupt() {
        Prescription.EtatDePrescription etat = Prescription.calculer(creance(NatureCreance.CONSOMMATION),
                List.of(new Interruption(LocalDate.of(2026, 4, 1), CauseInterruption.ACTE_D_EXECUTION)));

        assertThat(etat.acquiseLe()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(etat.explication()).anyMatch(ligne -> ligne.contains("sans effet"));
    }

    @Test
    void aSuspensionAddsItsLengthToThePeriod() {
        // Civil debt due 12/03/2024, barred 12/03/2029; mediation from 01/02/2028 to 30/04/2028 (89 days).
        // 405 days were left on 01/02/2028 (366 to 01/02/2029, + 39 to 12/03/2029): they run again from
        // 30/04/2028 → 09/06/2029, i.e. the old date moved by the 89 days of the suspension.
        Prescription.EtatDePrescription etat = Prescription.calculer(creance(NatureCreance.CIVILE),
                List.of(new Suspension(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 4, 30), CauseSuspension.MEDIATION)));

        assertThat(etat.acquiseLe()).isEqualTo(LocalDate.of(2029, 6, 9));
    }

    @Test
    void afterMediationTheCreditorHasAtLeastSixMonths() {
        // Consumer debt barred 12/03/2026; mediation 01/03/2026 → 15/05/2026: only 11 days were left,
        // but 2238 C. civ. gives no less than six months from the end: 15/11/2026.
        Prescription.EtatDePrescription etat = Prescription.calculer(creance(NatureCreance.CONSOMMATION),
                List.of(new Suspension(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 15), CauseSuspension.MEDIATION)));

        assertThat(etat.acquiseLe()).isEqualTo(LocalDate.of(2026, 11, 15));
    }

    @Test
    void theClerkIsWarnedAheadOfTheDate() {
        Prescription.EtatDePrescription etat = Prescription.calculer(creance(NatureCreance.CONSOMMATION), List.of());

        assertThat(etat.approche(LocalDate.of(2025, 12, 1), Period.ofMonths(3))).isFalse();
        assertThat(etat.approche(LocalDate.of(2026, 1, 15), Period.ofMonths(3))).isTrue();
        assertThat(etat.approche(LocalDate.of(2026, 3, 12), Period.ofMonths(3))).isFalse();
    }

    private static Creance creance(NatureCreance nature) {
        return Creance.simple(Montant.of("850.00"), ECHEANCE, nature, "F-1");
    }
}
