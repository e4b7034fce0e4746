package fr.etude.dossier.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import fr.etude.dossier.testsupport.BaseDistincte;
import fr.etude.dossier.web.ConnexionDeTest;

/**
 * An office's first day: a database of its own, without the demo profile, and the first
 * administrator named at start-up. He chooses his password, opens a clerk's account, and the clerk
 * signs in.
 */
@SpringBootTest(properties = {"dossier.premier-administrateur.identifiant=patronne",
        "dossier.premier-administrateur.mot-de-passe=donne au demarrage"})
@AutoConfigureMockMvc
@BaseDistincte("etude_premier_jour")
class PremierJourDUneEtudeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstAdministratorOpensAClerksAccountAndTheClerkSignsIn() throws Exception {
        assertThat(jdbc.queryForList("select identifiant from utilisateur", String.class)).containsExactly("patronne");
        assertThat(jdbc.queryForObject("select count(*) from dossier", Integer.class)).isZero();

        Cookie patronne = ConnexionDeTest.connecter(mvc, "patronne", "donne au demarrage");
        mvc.perform(get("/admin/utilisateurs").cookie(patronne)).andExpect(redirectedUrl("/mot-de-passe"));
        changerLeMotDePasse(patronne, "la phrase de la patronne");
        patronne = ConnexionDeTest.connecter(mvc, "patronne", "la phrase de la patronne");

        String provisoire = ((UtilisateursController.MotDePasseAFournir) mvc.perform(post("/admin/utilisateurs")
                        .with(csrf()).cookie(patronne).param("identifiant", "lea.martin").param("nomAffiche", "Léa Martin")
                        .param("role", "CLERK"))
                .andExpect(redirectedUrl("/admin/utilisateurs")).andReturn().getFlashMap().get("provisoire")).motDePasse();

        Cookie lea = ConnexionDeTest.connecter(mvc, "lea.martin", provisoire);
        mvc.perform(get("/").cookie(lea)).andExpect(redirectedUrl("/mot-de-passe"));
        changerLeMotDePasse(lea, "le mot de passe de Léa");
        lea = ConnexionDeTest.connecter(mvc, "lea.martin", "le mot de passe de Léa");
        mvc.perform(get("/").cookie(lea)).andExpect(redirectedUrl("/journee"));
        mvc.perform(get("/journee").cookie(lea)).andExpect(status().isOk());
        mvc.perform(get("/admin").cookie(lea)).andExpect(status().isForbidden());
    }

    private void changerLeMotDePasse(Cookie session, String nouveau) throws Exception {
        mvc.perform(post("/mot-de-passe").with(csrf()).cookie(session).param("nouveau", nouveau).param("confirmation", nouveau))
                .andExpect(redirectedUrl("/connexion?motDePasseChange"));
    }
}
