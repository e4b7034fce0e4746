package fr.etude.dossier.core.debiteur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;

class ResteAVivreTest {

    // RSA for one person from 1 April 2025; +50 % for two, +30 % for the 3rd and 4th, +40 % beyond.
    private static final ResteAVivre BAREME = new ResteAVivre(Montant.of("646.52"),
            List.of(new BigDecimal("1"), new BigDecimal("1.5"), new BigDecimal("1.8"), new BigDecimal("2.1")),
            new BigDecimal("0.4"));

    @Test
    void theMinimumGrowsWithTheHousehold() {
        assertThat(BAREME.minimum(1)).isEqualTo(Montant.of("646.52"));
        assertThat(BAREME.minimum(2)).isEqualTo(Montant.of("969.78"));
        assertThat(BAREME.minimum(4)).isEqualTo(Montant.of("1357.69"));
        assertThat(BAREME.minimum(6)).as("2.1 + 2 × 0.4 = 2.9").isEqualTo(Montant.of("1874.91"));
    }

    @Test
    void theCapacityIsWhatRemainsAboveTheMinimumRoundedDownToTheEuro() {
        SituationFinanciere situation = new SituationFinanciere(LocalDate.of(2026, 11, 23), Montant.of("2400"),
                Montant.of("900"), Montant.of("150"), 1, SituationFinanciere.Emploi.CDI, "");

        // 2 400 − 900 − 150 − 969,78 = 380,22
        assertThat(BAREME.capaciteMensuelle(situation)).isEqualTo(Montant.of("380"));
    }

    @Test
    void aDebtorBelowTheMinimumCanRepayNothing() {
        SituationFinanciere situation = new SituationFinanciere(LocalDate.of(2026, 11, 23), Montant.of("1100"),
                Montant.of("700"), Montant.ZERO, 0, SituationFinanciere.Emploi.SANS_EMPLOI, "ARE jusqu'en mars");

        assertThat(BAREME.capaciteMensuelle(situation)).isEqualTo(Montant.ZERO);
    }

    @Test
    void aDeclarationIsCheckedFieldByField() {
        assertThatThrownBy(() -> new SituationFinanciere(LocalDate.of(2026, 11, 23), Montant.of("1000"), Montant.of("-5"),
                Montant.ZERO, 0, SituationFinanciere.Emploi.CDI, "")).hasMessage("Les charges ne peuvent être négatives.");
        assertThatThrownBy(() -> new SituationFinanciere(LocalDate.of(2026, 11, 23), Montant.of("1000"), Montant.ZERO,
                Montant.ZERO, -1, SituationFinanciere.Emploi.CDI, ""))
                .hasMessage("Le nombre de personnes à charge doit être compris entre 0 et 20.");
    }

    @Test
    void aSolutionSaysWhatItNeeds() {
        LocalDate jour = LocalDate.of(2026, 11, 23);
        assertThatThrownBy(() -> new SolutionNegociee(SolutionNegociee.Nature.RACHAT_PAR_UN_PROCHE, jour, Optional.empty(), ""))
                .hasMessage("Indiquez le montant convenu pour cette solution.");
        assertThatThrownBy(() -> new SolutionNegociee(SolutionNegociee.Nature.REFUS, jour, Optional.empty(), " "))
                .hasMessage("Un refus se consigne avec ce que le débiteur a dit.");
        assertThat(new SolutionNegociee(SolutionNegociee.Nature.ECHELONNEMENT, jour, Optional.empty(), "").commentaire()).isEmpty();
    }
}
