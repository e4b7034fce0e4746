package fr.etude.dossier.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.etude.dossier.core.utilisateur.FreinageDesConnexions;
import fr.etude.dossier.core.utilisateur.RegleDeFreinage;
import fr.etude.dossier.core.utilisateur.TentativesDeConnexion;

@SpringBootTest
class TentativesDeConnexionJdbcTest {

    private static final Instant MAINTENANT = Instant.parse("2026-11-20T09:00:00Z");

    /** Three mistypes tolerated per pair and per login, ten per address. */
    private static final FreinageDesConnexions FREINAGE = new FreinageDesConnexions(
            new RegleDeFreinage(3, Duration.ofSeconds(2), Duration.ofMinutes(15)),
            new RegleDeFreinage(10, Duration.ofSeconds(2), Duration.ofMinutes(15)),
            new RegleDeFreinage(3, Duration.ofSeconds(1), Duration.ofSeconds(30)),
            Duration.ofHours(1));

    @Autowired
    TentativesDeConnexion tentatives;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBurstOfSimultaneousAttemptsGetsNoMoreTriesThanOneAtATime() throws Exception {
        ExecutorService executeur = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> essais = IntStream.range(0, 24).<Callable<Boolean>>mapToObj(essai ->
                    () -> tentatives.admettre("rafale", "198.51.100.1", FREINAGE, MAINTENANT).admise()).toList();

            long admis = 0;
            for (Future<Boolean> resultat : executeur.invokeAll(essais)) {
                admis += resultat.get() ? 1 : 0;
            }

            // Three tolerated failures, then the fourth attempt; the fifth must wait two seconds.
            assertThat(admis).isEqualTo(4);
        } finally {
            executeur.shutdown();
        }
    }

    @Test
    void anAttemptAfterTheWaitIsAdmittedAgain() {
        for (int essai = 0; essai < 4; essai++) {
            tentatives.admettre("patient", "198.51.100.2", FREINAGE, MAINTENANT);
        }

        assertThat(tentatives.admettre("patient", "198.51.100.2", FREINAGE, MAINTENANT.plusSeconds(1)).differeeJusqua())
                .contains(MAINTENANT.plusSeconds(2));
        assertThat(tentatives.admettre("patient", "198.51.100.2", FREINAGE, MAINTENANT.plusSeconds(2)).admise()).isTrue();
    }

    @Test
    void aWaitEndsExactlyOnTimeWhateverTheClocksPrecision() {
        Instant nanosecondes = Instant.parse("2026-11-20T09:00:00.295933574Z");
        for (int essai = 0; essai < 4; essai++) {
            tentatives.admettre("precis", "198.51.100.9", FREINAGE, nanosecondes);
        }

        assertThat(tentatives.admettre("precis", "198.51.100.9", FREINAGE, nanosecondes.plusSeconds(2)).admise()).isTrue();
    }

    @Test
    void aSuccessfulSignInForgetsThePairsAndTheLoginsFailures() {
        for (int essai = 0; essai < 3; essai++) {
            tentatives.admettre("distrait", "198.51.100.3", FREINAGE, MAINTENANT);
        }
        tentatives.admettre("distrait", "198.51.100.3", FREINAGE, MAINTENANT);
        tentatives.reussie("distrait", "198.51.100.3", MAINTENANT);

        assertThat(tentatives.admettre("distrait", "198.51.100.3", FREINAGE, MAINTENANT).admise()).isTrue();
        assertThat(echecs("PAIRE", "distrait", "198.51.100.3")).isEqualTo(1);
        // The address keeps its three failures (someone else may be guessing from it), plus this attempt.
        assertThat(echecs("ADRESSE", "", "198.51.100.3")).isEqualTo(4);
    }

    @Test
    void failuresFromElsewhereDoNotSlowAClerkAtAnAddressHeSignedInFrom() {
        tentatives.admettre("m.vidal", "198.51.100.4", FREINAGE, MAINTENANT.minusSeconds(3600 * 5));
        tentatives.reussie("m.vidal", "198.51.100.4", MAINTENANT.minusSeconds(3600 * 5));
        // Twenty guesses from twenty addresses, each as soon as the soft wait allows.
        Instant dernier = MAINTENANT;
        for (int adresse = 1; adresse <= 20; adresse++) {
            dernier = MAINTENANT.plusSeconds(30L * adresse);
            assertThat(tentatives.admettre("m.vidal", "203.0.113." + adresse, FREINAGE, dernier).admise()).isTrue();
        }

        assertThat(tentatives.admettre("m.vidal", "203.0.113.99", FREINAGE, dernier).differeeJusqua())
                .contains(dernier.plusSeconds(30));
        assertThat(tentatives.admettre("m.vidal", "198.51.100.4", FREINAGE, dernier).admise()).isTrue();
    }

    @Test
    void theCleanUpForgetsOldSeriesButKeepsTheAddressesAUserSignedInFrom() {
        Instant ilYADeuxJours = MAINTENANT.minus(Duration.ofDays(2));
        tentatives.admettre("ancien", "198.51.100.5", FREINAGE, ilYADeuxJours);
        tentatives.reussie("ancien", "198.51.100.5", ilYADeuxJours);
        tentatives.admettre("oublie", "198.51.100.6", FREINAGE, ilYADeuxJours);
        tentatives.admettre("recent", "198.51.100.7", FREINAGE, MAINTENANT);

        assertThat(tentatives.oublier(FREINAGE.oubliAvant(MAINTENANT))).isGreaterThanOrEqualTo(5);

        assertThat(jdbc.queryForObject("select count(*) from tentative_de_connexion where portee = 'PAIRE' and identifiant = 'ancien'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from tentative_de_connexion where identifiant = 'oublie' or adresse = '198.51.100.6'",
                Integer.class)).isZero();
        assertThat(echecs("PAIRE", "recent", "198.51.100.7")).isEqualTo(1);
    }

    @Test
    void anOverlongLoginIsCountedWithoutError() {
        String interminable = "x".repeat(5000);

        assertThat(tentatives.admettre(interminable, "198.51.100.8", FREINAGE, MAINTENANT).admise()).isTrue();
        assertThat(echecs("PAIRE", "x".repeat(100), "198.51.100.8")).isEqualTo(1);
    }

    private int echecs(String portee, String identifiant, String adresse) {
        return jdbc.queryForObject("select echecs from tentative_de_connexion where portee = ? and identifiant = ? and adresse = ?",
                Integer.class, portee, identifiant, adresse);
    }
}
