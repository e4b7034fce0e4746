package fr.etude.dossier.web.securite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.etude.dossier.core.utilisateur.Utilisateurs;
import fr.etude.dossier.web.ConnexionDeTest;

/**
 * A new office: with no administrator in the database, the one named at start-up is created and must
 * choose his own password before any other page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class PremierAdministrateurTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Utilisateurs utilisateurs;

    @Autowired
    PasswordEncoder motsDePasse;

    @Autowired
    PremierAdministrateur premierAdministrateur;

    private Map<String, Object> adminDeLaDemo;

    @BeforeEach
    void sansAdministrateur() {
        adminDeLaDemo = jdbc.queryForMap("select id, role from utilisateur where identifiant = 'admin'");
        jdbc.update("update utilisateur set role = 'CLERK' where identifiant = 'admin'");
    }

    @AfterEach
    void laDemoRetrouveSonAdministrateur() {
        jdbc.update("update utilisateur set role = ? where id = ?", adminDeLaDemo.get("role"), adminDeLaDemo.get("id"));
        jdbc.update("delete from tentative_de_connexion where identifiant = 'premiere'");
        jdbc.update("delete from utilisateur where identifiant = 'premiere'");
    }

    @Test
    void theFirstAdministratorChoosesHisPasswordThenSignsInWithIt() throws Exception {
        PremierAdministrateur nouvelleEtude = new PremierAdministrateur(utilisateurs, motsDePasse, "premiere",
                "donne-au-demarrage");
        assertThat(nouvelleEtude.creerSIlManque()).isPresent();
        assertThat(nouvelleEtude.creerSIlManque()).as("only while there is none").isEmpty();
        assertThat(premierAdministrateur.creerSIlManque()).as("an administrator exists now").isEmpty();

        Cookie session = ConnexionDeTest.connecter(mvc, "premiere", "donne-au-demarrage");
        mvc.perform(get("/admin").cookie(session)).andExpect(redirectedUrl("/mot-de-passe"));
        mvc.perform(post("/mot-de-passe").with(csrf()).cookie(session).param("nouveau", "court").param("confirmation", "court"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nouveau mot de passe : entre 12 et 100 caractères.")));
        mvc.perform(post("/mot-de-passe").with(csrf()).cookie(session).param("nouveau", "donne-au-demarrage")
                        .param("confirmation", "donne-au-demarrage"))
                .andExpect(content().string(containsString("choisissez un autre mot de passe que celui qui vous a été donné")));
        mvc.perform(post("/mot-de-passe").with(csrf()).cookie(session).param("nouveau", "une phrase que je retiens")
                        .param("confirmation", "une phrase que je retiens"))
                .andExpect(redirectedUrl("/connexion?motDePasseChange"));

        Cookie nouvelle = ConnexionDeTest.connecter(mvc, "premiere", "une phrase que je retiens");
        mvc.perform(get("/admin").cookie(nouvelle)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select mot_de_passe_a_changer from utilisateur where identifiant = 'premiere'",
                Boolean.class)).isFalse();
    }

    @Test
    void withoutSettingsNothingIsCreated() {
        PremierAdministrateur sansReglage = new PremierAdministrateur(utilisateurs, motsDePasse, "", "");
        assertThat(sansReglage.creerSIlManque()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from utilisateur where role = 'ADMIN'", Integer.class)).isZero();
    }
}
