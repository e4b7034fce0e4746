package fr.etude.dossier.web.securite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.etude.dossier.core.utilisateur.Role;
import fr.etude.dossier.core.utilisateur.Utilisateur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.core.utilisateur.Utilisateurs;
import fr.etude.dossier.web.HorlogeReglable;

/**
 * Sign-in throttling with the figures of application.properties: five mistypes free per login and
 * address, then 2 s doubled up to 15 min; per login from an unknown address, 1 s doubled up to 30 s.
 * Each test has its own logins and addresses (documentation ranges), so that none slows another.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ConnexionFreineeTest {

    private static final String REFUS = "Identifiant ou mot de passe incorrect, ou compte désactivé.";

    @TestConfiguration(proxyBeanMethods = false)
    static class Horloge {

        /** Stopped at start-up, so that no wait runs out while a test is running. */
        @Bean
        @Primary
        HorlogeReglable horlogeReglable(@Qualifier("horloge") Clock horloge) {
            return new HorlogeReglable(horloge.instant(), horloge.getZone());
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    HorlogeReglable horloge;

    @Autowired
    Utilisateurs utilisateurs;

    @Autowired
    PasswordEncoder encodeur;

    @Autowired
    OubliDesTentatives oubli;

    @Test
    void aClerkWhoMistypesAFewTimesStillSignsIn() throws Exception {
        creer("j.distrait", true);
        for (int essai = 0; essai < 5; essai++) {
            assertThat(seConnecter("j.distrait", "faux" + essai, "192.0.2.1")).isFalse();
        }

        assertThat(seConnecter("j.distrait", "juste", "192.0.2.1")).isTrue();
    }

    @Test
    void aGuesserMustWaitLongerAndLongerEvenWithTheRightPassword() throws Exception {
        creer("essais.repetes", true);
        for (int essai = 0; essai < 6; essai++) {
            seConnecter("essais.repetes", "faux" + essai, "198.51.100.20");
        }

        assertThat(seConnecter("essais.repetes", "juste", "198.51.100.20")).isFalse();
        horloge.avancer(Duration.ofSeconds(1));
        assertThat(seConnecter("essais.repetes", "juste", "198.51.100.20")).isFalse();
        horloge.avancer(Duration.ofSeconds(1));
        assertThat(seConnecter("essais.repetes", "juste", "198.51.100.20")).isTrue();
    }

    @Test
    void aStrangerCannotLockAClerkOut() throws Exception {
        creer("c.bureau", true);
        assertThat(seConnecter("c.bureau", "juste", "192.0.2.30")).isTrue();

        devinerPendantQuaranteMinutes("c.bureau");

        assertThat(seConnecter("c.bureau", "juste", "192.0.2.31")).as("the login is being slowed down").isFalse();
        assertThat(seConnecter("c.bureau", "juste", "192.0.2.30")).as("but not at the clerk's usual desk").isTrue();
    }

    @Test
    void atANewAddressAClerkWaitsNoLongerThanTheSoftCap() throws Exception {
        creer("n.nomade", true);

        devinerPendantQuaranteMinutes("n.nomade");

        assertThat(seConnecter("n.nomade", "juste", "192.0.2.40")).isFalse();
        horloge.avancer(Duration.ofSeconds(30));
        assertThat(seConnecter("n.nomade", "juste", "192.0.2.40")).isTrue();
    }

    @Test
    void onePasswordTriedOnEveryLoginSlowsItsAddressDown() throws Exception {
        creer("v.victime", true);
        for (int identifiant = 0; identifiant < 31; identifiant++) {
            seConnecter("inconnu" + identifiant, "Printemps2026", "198.51.100.40");
        }

        assertThat(seConnecter("v.victime", "juste", "198.51.100.40")).isFalse();
        assertThat(seConnecter("v.victime", "juste", "198.51.100.41")).isTrue();
    }

    @Test
    void everyRefusalReadsTheSameWhateverItsReason() throws Exception {
        creer("d.parti", false);
        creer("w.faux", true);
        creer("t.presse", true);
        for (int essai = 0; essai < 6; essai++) {
            seConnecter("t.presse", "faux", "198.51.100.50");
        }

        String inconnu = messageApres("personne.ici", "juste", "198.51.100.51");
        String mauvais = messageApres("w.faux", "faux", "198.51.100.52");
        String desactiveMauvais = messageApres("d.parti", "faux", "198.51.100.53");
        String desactiveJuste = messageApres("d.parti", "juste", "198.51.100.54");
        String differe = messageApres("t.presse", "juste", "198.51.100.50");

        assertThat(inconnu).contains(REFUS);
        assertThat(mauvais).isEqualTo(inconnu);
        assertThat(desactiveMauvais).isEqualTo(inconnu);
        assertThat(desactiveJuste).isEqualTo(inconnu);
        assertThat(differe).isEqualTo(inconnu);
    }

    @Test
    void failuresAreForgottenAfterAQuietHourAndThenCleanedUp() throws Exception {
        creer("o.oublie", true);
        for (int essai = 0; essai < 12; essai++) {
            horloge.avancer(Duration.ofMinutes(1));
            seConnecter("o.oublie", "faux" + essai, "198.51.100.60");
        }
        assertThat(seConnecter("o.oublie", "juste", "198.51.100.60")).isFalse();

        horloge.avancer(Duration.ofHours(1));

        assertThat(oubli.oublier()).isPositive();
        assertThat(seConnecter("o.oublie", "juste", "198.51.100.60")).isTrue();
    }

    /** Every minute for forty minutes, ten guesses from a new address, one after the other. */
    private void devinerPendantQuaranteMinutes(String identifiant) throws Exception {
        for (int minute = 1; minute <= 40; minute++) {
            horloge.avancer(Duration.ofMinutes(1));
            for (int essai = 0; essai < 10; essai++) {
                seConnecter(identifiant, "devine" + essai, "203.0.113." + minute);
            }
        }
    }

    private void creer(String identifiant, boolean actif) {
        utilisateurs.creer(new Utilisateur(UtilisateurId.nouveau(), identifiant, "Utilisateur " + identifiant, Role.CLERK,
                Optional.empty(), actif), encodeur.encode("juste"));
    }

    /** @return whether the attempt signed in */
    private boolean seConnecter(String identifiant, String motDePasse, String adresse) throws Exception {
        String destination = tenter(identifiant, motDePasse, adresse).getResponse().getRedirectedUrl();
        assertThat(destination).isIn("/", "/connexion?erreur");
        return "/".equals(destination);
    }

    /** The alert the sign-in page shows after the attempt. */
    private String messageApres(String identifiant, String motDePasse, String adresse) throws Exception {
        MvcResult tentative = tenter(identifiant, motDePasse, adresse);
        assertThat(tentative.getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");
        String page = mvc.perform(get("/connexion?erreur")).andReturn().getResponse().getContentAsString();
        int debut = page.indexOf("data-test=\"erreur\"");
        assertThat(debut).as("an error alert").isPositive();
        return page.substring(debut, page.indexOf("</div>", debut));
    }

    private MvcResult tenter(String identifiant, String motDePasse, String adresse) throws Exception {
        return mvc.perform(post("/connexion").param("identifiant", identifiant).param("motDePasse", motDePasse)
                .with(csrf()).with(requete -> {
                    requete.setRemoteAddr(adresse);
                    return requete;
                })).andReturn();
    }
}
