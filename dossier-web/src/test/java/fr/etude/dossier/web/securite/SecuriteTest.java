package fr.etude.dossier.web.securite;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.etude.dossier.web.ConnexionDeTest;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class SecuriteTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({"clerc, /journee", "huissier, /escalades", "creancier, /portefeuille", "admin, /admin"})
    void eachDemoUserSignsInAndLandsOnHisRolesHomePage(String identifiant, String accueil) throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, identifiant);

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl(accueil));
        mvc.perform(get(accueil).cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aWrongPasswordIsRefusedWithAFrenchMessage() throws Exception {
        MvcResult resultat = mvc.perform(formLogin("/connexion").userParameter("identifiant")
                        .passwordParam("motDePasse").user("admin").password("mauvais"))
                .andExpect(redirectedUrl("/connexion?erreur")).andReturn();

        mvc.perform(get("/connexion?erreur").cookie(resultat.getResponse().getCookie("SESSION")))
                .andExpect(content().string(containsString("Identifiant ou mot de passe incorrect, ou compte désactivé.")));
    }

    @Test
    void anUnknownUserIsRefusedTheSameWay() throws Exception {
        mvc.perform(formLogin("/connexion").userParameter("identifiant").passwordParam("motDePasse")
                        .user("personne").password("demo"))
                .andExpect(redirectedUrl("/connexion?erreur"));
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheSignInPage() throws Exception {
        mvc.perform(get("/journee")).andExpect(redirectedUrl("/connexion"));
    }

    @ParameterizedTest
    @CsvSource({
            "clerc, /escalades", "clerc, /portefeuille", "clerc, /admin/utilisateurs",
            "huissier, /journee", "huissier, /portefeuille", "huissier, /admin/utilisateurs",
            "creancier, /journee", "creancier, /escalades", "creancier, /admin/utilisateurs",
            "admin, /journee", "admin, /escalades", "admin, /portefeuille",
            "clerc, /actuator/prometheus", "creancier, /actuator/prometheus"})
    void aRoleCannotOpenAnotherRolesArea(String identifiant, String page) throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, identifiant);

        mvc.perform(get(page).cookie(session)).andExpect(status().isForbidden());
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/connexion").param("identifiant", "admin").param("motDePasse", "demo"))
                .andExpect(status().isForbidden());
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(post("/deconnexion").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/deconnexion").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/connexion?deconnecte"));
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/connexion"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aTamperedPageLinkIsRefusedInFrenchNotWithAServerError() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");

        mvc.perform(get("/journee").param("apres", "n'importe quoi").cookie(session))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Lien de page invalide : recommencez depuis la première page.")));
    }

    @Test
    void aCreditorSeesOnlyHisOwnCreditorsDossiers() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "creancier");

        mvc.perform(get("/portefeuille").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Télécom Atlantique"))))
                .andExpect(content().string(not(containsString("Habitat Provence"))));
    }

}
