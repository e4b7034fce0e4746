package fr.etude.dossier.core.portail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.regle.RegleEnfreinte;

class ResumeDeLaSemaineTest {

    private static final Instant LUNDI = Instant.parse("2026-11-23T06:00:00Z");

    @Test
    void aSummaryStartsWhereTheLastOneEndedSoThatNothingIsToldTwiceOrLost() {
        Instant finDuDernier = LUNDI.minus(Duration.ofDays(7)).plusSeconds(3);
        assertThat(ResumeDeLaSemaine.Periode.depuis(Optional.of(finDuDernier), LUNDI))
                .contains(new ResumeDeLaSemaine.Periode(finDuDernier, LUNDI));
    }

    @Test
    void theFirstSummaryOrOneAfterAPauseTellsTheLastSevenDaysOnly() {
        assertThat(ResumeDeLaSemaine.Periode.depuis(Optional.empty(), LUNDI).orElseThrow().du())
                .isEqualTo(LUNDI.minus(Duration.ofDays(7)));
        assertThat(ResumeDeLaSemaine.Periode.depuis(Optional.of(LUNDI.minus(Duration.ofDays(60))), LUNDI).orElseThrow().du())
                .isEqualTo(LUNDI.minus(Duration.ofDays(7)));
    }

    @Test
    void noPeriodWhenTheLastSummaryAlreadyReachesNow() {
        assertThat(ResumeDeLaSemaine.Periode.depuis(Optional.of(LUNDI), LUNDI)).isEmpty();
    }

    @Test
    void aReversedPaymentIsToldButNotCounted() {
        ResumeDeLaSemaine resume = new ResumeDeLaSemaine(ResumeDeLaSemaine.Periode.depuis(Optional.empty(), LUNDI).orElseThrow(),
                List.of(new ResumeDeLaSemaine.Paiement("2026-000001", "Roussel Agnès", LocalDate.of(2026, 11, 18),
                                Montant.of("1234.56"), Optional.empty()),
                        new ResumeDeLaSemaine.Paiement("2026-000001", "Roussel Agnès", LocalDate.of(2026, 11, 19),
                                Montant.of("100.00"), Optional.of(LocalDate.of(2026, 11, 21)))),
                List.of(), List.of(), List.of());
        assertThat(resume.totalEncaisse()).isEqualTo(Montant.of("1234.56"));
        assertThat(resume.estVide()).isFalse();
    }

    @Test
    void theSummaryIsAskedForWithAnAddressThatIsOne() {
        assertThat(AvisHebdomadaire.choisir(true, " Compta@Banque.fr ").courriel()).contains(new Email("compta@banque.fr"));
        assertThat(AvisHebdomadaire.choisir(false, "").abonne()).isFalse();
        assertThatThrownBy(() -> AvisHebdomadaire.choisir(true, "  ")).isInstanceOf(RegleEnfreinte.class)
                .hasMessage("Indiquez l'adresse à laquelle envoyer le résumé de la semaine.");
        assertThatThrownBy(() -> AvisHebdomadaire.choisir(false, "pas une adresse")).isInstanceOf(RegleEnfreinte.class)
                .hasMessageContaining("n'est pas une adresse e-mail valide");
    }
}
