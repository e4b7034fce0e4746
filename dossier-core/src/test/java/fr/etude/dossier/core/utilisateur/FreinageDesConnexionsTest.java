package fr.etude.dossier.core.utilisateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.utilisateur.FreinageDesConnexions.Admission;
import fr.etude.dossier.core.utilisateur.FreinageDesConnexions.Antecedents;

class FreinageDesConnexionsTest {

    private static final Instant MAINTENANT = Instant.parse("2026-11-20T09:00:00Z");

    private final FreinageDesConnexions freinage = new FreinageDesConnexions(
            new RegleDeFreinage(5, Duration.ofSeconds(2), Duration.ofMinutes(15)),
            new RegleDeFreinage(30, Duration.ofSeconds(2), Duration.ofMinutes(15)),
            new RegleDeFreinage(5, Duration.ofSeconds(1), Duration.ofSeconds(30)),
            Duration.ofHours(1));

    @Test
    void aClerkWhoMistypedAFewTimesSignsInStraightAway() {
        SerieDEchecs quelquesFautes = SerieDEchecs.de(5, MAINTENANT);

        assertThat(freinage.admettre(new Antecedents(quelquesFautes, quelquesFautes, quelquesFautes, true), MAINTENANT)
                .admise()).isTrue();
    }

    @Test
    void toleratedFailuresStampedAMomentAheadByAnotherInstanceImposeNoWait() {
        SerieDEchecs enAvance = SerieDEchecs.de(5, MAINTENANT.plusMillis(40));

        assertThat(freinage.admettre(new Antecedents(enAvance, enAvance, enAvance, false), MAINTENANT).admise()).isTrue();
    }

    @Test
    void aGuesserAtOneAddressWaitsLongerAndLongerUpToTheCap() {
        SerieDEchecs dixEchecs = SerieDEchecs.de(10, MAINTENANT);

        Admission admission = freinage.admettre(new Antecedents(dixEchecs, dixEchecs, dixEchecs, false), MAINTENANT);

        assertThat(admission.admise()).isFalse();
        assertThat(admission.differeeJusqua()).contains(MAINTENANT.plusSeconds(32));
        assertThat(freinage.admettre(new Antecedents(SerieDEchecs.de(100, MAINTENANT), SerieDEchecs.AUCUN,
                SerieDEchecs.AUCUN, false), MAINTENANT).differeeJusqua()).contains(MAINTENANT.plus(Duration.ofMinutes(15)));
    }

    @Test
    void anAttemptAfterTheWaitIsAdmitted() {
        SerieDEchecs dixEchecs = SerieDEchecs.de(10, MAINTENANT);
        Antecedents antecedents = new Antecedents(dixEchecs, dixEchecs, dixEchecs, false);

        assertThat(freinage.admettre(antecedents, MAINTENANT.plusSeconds(31)).admise()).isFalse();
        assertThat(freinage.admettre(antecedents, MAINTENANT.plusSeconds(32)).admise()).isTrue();
    }

    @Test
    void aStrangerCannotLockAClerkOut() {
        // A thousand failures on the clerk's login, all from other addresses.
        SerieDEchecs attaque = SerieDEchecs.de(1000, MAINTENANT);

        assertThat(freinage.admettre(new Antecedents(SerieDEchecs.AUCUN, SerieDEchecs.AUCUN, attaque, true), MAINTENANT)
                .admise()).isTrue();
        assertThat(freinage.admettre(new Antecedents(SerieDEchecs.AUCUN, SerieDEchecs.AUCUN, attaque, false), MAINTENANT)
                .differeeJusqua()).contains(MAINTENANT.plusSeconds(30));
    }

    @Test
    void onePasswordTriedOverManyLoginsSlowsItsAddressDown() {
        SerieDEchecs pulverisation = SerieDEchecs.de(31, MAINTENANT);

        assertThat(freinage.admettre(new Antecedents(SerieDEchecs.AUCUN, pulverisation, SerieDEchecs.AUCUN, true),
                MAINTENANT).differeeJusqua()).contains(MAINTENANT.plusSeconds(2));
    }

    @Test
    void failuresAreForgottenAfterAQuietHour() {
        SerieDEchecs ancienne = SerieDEchecs.de(40, MAINTENANT.minus(Duration.ofHours(1)));

        assertThat(freinage.enCours(ancienne, MAINTENANT)).isZero();
        assertThat(freinage.enCours(ancienne, MAINTENANT.minusSeconds(1))).isEqualTo(40);
        assertThat(freinage.apresUnEchec(ancienne, MAINTENANT)).isEqualTo(SerieDEchecs.de(1, MAINTENANT));
        assertThat(freinage.admettre(new Antecedents(ancienne, ancienne, ancienne, false), MAINTENANT).admise()).isTrue();
    }

    @Test
    void aFailureAddsToARecentSeries() {
        assertThat(freinage.apresUnEchec(SerieDEchecs.de(3, MAINTENANT.minusSeconds(60)), MAINTENANT))
                .isEqualTo(new SerieDEchecs(4, Optional.of(MAINTENANT)));
        assertThat(freinage.apresUnEchec(SerieDEchecs.AUCUN, MAINTENANT)).isEqualTo(SerieDEchecs.de(1, MAINTENANT));
    }

    @Test
    void failuresCannotBeForgottenBeforeTheLongestWaitIsOver() {
        RegleDeFreinage stricte = new RegleDeFreinage(5, Duration.ofSeconds(2), Duration.ofMinutes(15));

        assertThatThrownBy(() -> new FreinageDesConnexions(stricte, stricte, stricte, Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Les échecs ne peuvent pas être oubliés avant la fin de la plus longue attente.");
    }
}
