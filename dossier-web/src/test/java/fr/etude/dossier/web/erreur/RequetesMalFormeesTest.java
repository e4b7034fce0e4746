package fr.etude.dossier.web.erreur;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.etude.dossier.web.ConnexionDeTest;

/** Links and forms no screen sends (edited by hand, from an old page) get a French answer, never a 500. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class RequetesMalFormeesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Cookie session;
    String dossier;

    @BeforeEach
    void seConnecter() throws Exception {
        session = ConnexionDeTest.connecter(mvc, "clerc");
        dossier = jdbc.queryForObject("select id::text from dossier order by id limit 1", String.class);
    }

    @Test
    void aVersionThatIsNotANumberIsNamedInFrench() throws Exception {
        mvc.perform(post("/dossiers/{id}/paiements", dossier).param("montant", "10").param("date", "01/01/2026")
                        .param("mode", "VIREMENT").param("version", "abc").cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Version du dossier : « abc » n&#39;est pas un nombre entier.")))
                .andExpect(content().string(not(containsString("For input string"))));
    }

    @Test
    void aDebtorRankThatIsNotANumberIsNamedInFrench() throws Exception {
        mvc.perform(get("/dossiers/{id}/debiteur", dossier).param("rang", "abc").cookie(session))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Le paramètre « rang » doit être un nombre entier.")));
    }

    @Test
    void aMissingVersionIsNamedInFrench() throws Exception {
        mvc.perform(post("/dossiers/{id}/paiements", dossier).param("montant", "10").param("date", "01/01/2026")
                        .param("mode", "VIREMENT").cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Version du dossier : ce champ est obligatoire.")));
    }

    @Test
    void aMalformedDossierIdInTheAddressIsAPageThatDoesNotExist() throws Exception {
        mvc.perform(get("/dossiers/{id}/debiteur", "pas-un-dossier").cookie(session))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Cette adresse ne correspond à aucune page de Dossier.")));
    }

    @Test
    void openingAFormsAddressDirectlyExplainsInFrenchThatNothingWasDone() throws Exception {
        mvc.perform(get("/dossiers/{id}/notes", dossier).cookie(session))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "POST"))
                .andExpect(content().string(containsString("Action impossible à cette adresse")))
                .andExpect(content().string(containsString("rien n&#39;a été fait")));
    }
}
