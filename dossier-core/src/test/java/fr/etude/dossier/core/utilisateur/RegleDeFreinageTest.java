package fr.etude.dossier.core.utilisateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RegleDeFreinageTest {

    private final RegleDeFreinage regle = new RegleDeFreinage(3, Duration.ofSeconds(2), Duration.ofMinutes(15));

    @Test
    void theFirstFewMistypesCostNothing() {
        assertThat(regle.attenteApres(0)).isZero();
        assertThat(regle.attenteApres(3)).isZero();
    }

    @Test
    void eachFailureBeyondTheToleratedOnesDoublesTheWait() {
        assertThat(regle.attenteApres(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(regle.attenteApres(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(regle.attenteApres(6)).isEqualTo(Duration.ofSeconds(8));
        assertThat(regle.attenteApres(12)).isEqualTo(Duration.ofSeconds(512));
    }

    @Test
    void theWaitNeverExceedsTheCapHoweverManyFailures() {
        assertThat(regle.attenteApres(13)).isEqualTo(Duration.ofMinutes(15));
        assertThat(regle.attenteApres(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theNextAttemptIsCountedFromTheLastFailure() {
        Instant dernierEchec = Instant.parse("2026-11-20T09:00:00Z");

        assertThat(regle.prochainEssai(5, dernierEchec)).isEqualTo(Instant.parse("2026-11-20T09:00:04Z"));
        assertThat(regle.prochainEssai(2, dernierEchec)).isEqualTo(dernierEchec);
    }

    @Test
    void aCapShorterThanTheFirstWaitIsRefused() {
        assertThatThrownBy(() -> new RegleDeFreinage(3, Duration.ofMinutes(1), Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("L'attente maximale ne peut pas être plus courte que la première.");
        assertThatThrownBy(() -> new RegleDeFreinage(3, Duration.ZERO, Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
