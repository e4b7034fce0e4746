package fr.etude.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;

/** Signs in through the real form; the session is Spring Session's, carried by its cookie. */
public final class ConnexionDeTest {

    private ConnexionDeTest() {
    }

    public static Cookie connecter(MockMvc mvc, String identifiant) throws Exception {
        return connecter(mvc, identifiant, "demo");
    }

    public static Cookie connecter(MockMvc mvc, String identifiant, String motDePasse) throws Exception {
        Cookie session = mvc.perform(formLogin("/connexion").userParameter("identifiant").passwordParam("motDePasse")
                        .user(identifiant).password(motDePasse))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }
}
