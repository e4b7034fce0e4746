package fr.etude.dossier.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.etude.dossier.web.ConnexionDeTest;

/** The administrator disables the account of someone who left; the person can no longer sign in. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class UtilisateursControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void toutLeMondeActif() {
        jdbc.update("update utilisateur set actif = true where identifiant in ('clerc2', 'admin')");
    }

    @Test
    void aDisabledAccountCannotSignInUntilItIsEnabledAgainAndEachChangeIsAudited() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        UUID julien = jdbc.queryForObject("select id from utilisateur where identifiant = 'clerc2'", UUID.class);

        mvc.perform(post("/admin/utilisateurs/{id}/activite", julien).with(csrf()).cookie(admin).param("actif", "false"))
                .andExpect(redirectedUrl("/admin/utilisateurs"))
                .andExpect(flash().attribute("message", "Compte de Julien Fabre désactivé : il ne peut plus se connecter."));
        mvc.perform(formLogin("/connexion").userParameter("identifiant").passwordParam("motDePasse").user("clerc2")
                .password("demo")).andExpect(redirectedUrl("/connexion?erreur"));

        mvc.perform(post("/admin/utilisateurs/{id}/activite", julien).with(csrf()).cookie(admin).param("actif", "true"))
                .andExpect(flash().attribute("message", "Compte de Julien Fabre réactivé."));
        ConnexionDeTest.connecter(mvc, "clerc2");
        assertThat(jdbc.queryForList("select action from journal_audit where entite = 'utilisateur' and entite_id = ? order by id",
                String.class, julien.toString())).containsExactly("DESACTIVATION", "ACTIVATION");
        assertThat(jdbc.queryForObject("select count(*) from journal_audit where entite = 'utilisateur' "
                + "and (avant::text like '%mot_de_passe%' or apres::text like '%mot_de_passe%')", Integer.class))
                .as("no password hash in the journal").isZero();
    }

    @Test
    void theAdministratorCannotDisableHisOwnAccountAndOnlyHeManagesAccounts() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        UUID lui = jdbc.queryForObject("select id from utilisateur where identifiant = 'admin'", UUID.class);
        mvc.perform(post("/admin/utilisateurs/{id}/activite", lui).with(csrf()).cookie(admin).param("actif", "false"))
                .andExpect(flash().attribute("alerte", "Vous ne pouvez pas désactiver votre propre compte."));
        assertThat(jdbc.queryForObject("select actif from utilisateur where id = ?", Boolean.class, lui)).isTrue();

        mvc.perform(post("/admin/utilisateurs/{id}/activite", lui).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "clerc"))
                .param("actif", "false")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/utilisateurs/{id}/activite", UUID.randomUUID()).with(csrf()).cookie(admin).param("actif", "false"))
                .andExpect(status().isNotFound());
    }
}
