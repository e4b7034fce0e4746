package fr.etude.dossier.web.accueil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.etude.dossier.web.ConnexionDeTest;

/** The top bar offers each role the pages the security rules let it open, and nothing else. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class MenuPrincipalTest {

    private static final Pattern LIEN = Pattern.compile("<a class=\"nav-link\" href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "clerc     | /journee        | /journee /publipostages",
            "huissier  | /escalades      | /publipostages /escalades /echeances /supervision /journal",
            "creancier | /portefeuille   | /portefeuille /portefeuille/avis",
            "admin     | /admin          | /admin /journal"})
    void eachRoleSeesTheLinksOfItsPages(String identifiant, String page, String liens) throws Exception {
        String html = mvc.perform(get(page).cookie(ConnexionDeTest.connecter(mvc, identifiant)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String barre = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
        assertThat(LIEN.matcher(barre).results().map(lien -> lien.group(1)).toList())
                .isEqualTo(List.of(liens.split(" ")));
    }

    @Test
    void aVisitorNotSignedInHasNoBar() throws Exception {
        String html = mvc.perform(get("/formulaire-expire")).andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();

        assertThat(html).doesNotContain("<nav");
    }
}
