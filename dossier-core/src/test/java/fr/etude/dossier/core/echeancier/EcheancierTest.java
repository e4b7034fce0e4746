package fr.etude.dossier.core.echeancier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;

class EcheancierTest {

    private static final LocalDate PREMIERE = LocalDate.of(2026, 12, 5);

    @Test
    void equalInstalmentsWithTheOddCentsOnTheLast() {
        List<Echeance> echeances = Echeancier.simulerEnNombre(Montant.of("1000.00"), 3, Periodicite.MENSUELLE, PREMIERE);

        assertThat(echeances).extracting(e -> e.montant().toString()).containsExactly("333.33", "333.33", "333.34");
        assertThat(echeances).extracting(Echeance::date)
                .containsExactly(PREMIERE, LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 5));
    }

    @Test
    void whatTheDebtorCanPayDecidesHowManyInstalments() {
        List<Echeance> echeances = Echeancier.simulerParMontant(Montant.of("1234.56"), Montant.euros(150),
                Periodicite.MENSUELLE, PREMIERE);

        assertThat(echeances).hasSize(9);
        assertThat(echeances.get(8).montant()).isEqualTo(Montant.of("34.56"));
        assertThat(echeances.stream().map(Echeance::montant).reduce(Montant.ZERO, Montant::plus))
                .isEqualTo(Montant.of("1234.56"));
    }

    @Test
    void aPlanWhoseTotalDoesNotMatchIsRefused() {
        List<Echeance> echeances = Echeancier.simulerEnNombre(Montant.of("1200.00"), 4, Periodicite.MENSUELLE, PREMIERE);

        assertThatThrownBy(() -> Echeancier.proposer(Montant.of("1234.56"), echeances, 5, Optional.empty()))
                .hasMessage("Le total des échéances (1\u202f200,00\u00a0€) ne correspond pas au montant à couvrir "
                        + "(1\u202f234,56\u00a0€).");
    }

    @Test
    void aMissedInstalmentBeyondTheGraceDaysMakesThePlanDefaillant() {
        Echeancier echeancier = Echeancier.proposer(Montant.of("600.00"),
                Echeancier.simulerEnNombre(Montant.of("600.00"), 3, Periodicite.MENSUELLE, PREMIERE), 5, Optional.empty());
        echeancier.accepter(LocalDate.of(2026, 11, 20));

        assertThat(echeancier.echeances().get(0).etat(LocalDate.of(2026, 12, 8), 5)).isEqualTo(Echeance.Etat.EN_RETARD);
        assertThat(echeancier.verifier(LocalDate.of(2026, 12, 10))).isEmpty();
        assertThat(echeancier.verifier(LocalDate.of(2026, 12, 11))).get().extracting(Echeance::rang).isEqualTo(1);
        assertThat(echeancier.statut()).isEqualTo(Echeancier.Statut.DEFAILLANT);
    }

    @Test
    void aPlanIsFollowedOnlyOnceAccepted() {
        Echeancier echeancier = Echeancier.proposer(Montant.of("100.00"),
                Echeancier.simulerEnNombre(Montant.of("100.00"), 2, Periodicite.HEBDOMADAIRE, PREMIERE), 0,
                Optional.of("caution de Mme Lefèvre"));

        assertThatThrownBy(() -> echeancier.constaterVersements(Montant.euros(50)))
                .hasMessage("L'échéancier est proposé : aucun versement ne s'y impute.");
        assertThat(echeancier.surete()).contains("caution de Mme Lefèvre");
    }

    @Test
    void paymentsSinceTheAgreementAreSpreadOldestFirstAndAReversalUnpaysAnInstalment() {
        Echeancier echeancier = Echeancier.proposer(Montant.of("300.00"),
                Echeancier.simulerEnNombre(Montant.of("300.00"), 3, Periodicite.MENSUELLE, PREMIERE), 5, Optional.empty());
        echeancier.accepter(LocalDate.of(2026, 11, 20));

        echeancier.constaterVersements(Montant.of("150.00"));
        assertThat(echeancier.echeances()).extracting(e -> e.paye().toString()).containsExactly("100.00", "50.00", "0.00");
        assertThat(echeancier.prochaineEcheance()).get().extracting(Echeance::rang).isEqualTo(2);

        echeancier.constaterVersements(Montant.of("300.00"));
        assertThat(echeancier.statut()).isEqualTo(Echeancier.Statut.RESPECTE);

        echeancier.constaterVersements(Montant.of("200.00"));
        assertThat(echeancier.statut()).as("a bounced cheque reopens the plan").isEqualTo(Echeancier.Statut.EN_COURS);
        assertThat(echeancier.restantDu()).isEqualTo(Montant.euros(100));
    }
}
