package fr.etude.dossier.web.journee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.etude.dossier.web.ConnexionDeTest;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class JourneeControllerTest {

    @Autowired
    java.time.Clock horloge;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDayShowsItsCountsAndAStageFilterKeepsOnlyThatStage() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        String page = mvc.perform(get("/journee").cookie(session).param("etape", "PERSONNALISE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-test=\"compte-AMIABLE\"")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Personnalisé").doesNotContain("badge etape etape-AMIABLE");
        assertThat(page).containsPattern("id=\"etape-PERSONNALISE\"[^>]*checked");
    }

    @Test
    void wrongFiltersAreNamedInFrenchKeptAsTypedAndLeftOut() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(get("/journee").cookie(session).param("min", "douze").param("etape", "FINI")
                        .param("creancier", "pas-un-id"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Solde minimum : « douze » n&#39;est pas un montant")))
                .andExpect(content().string(containsString("« FINI » n&#39;est pas une étape.")))
                .andExpect(content().string(containsString("Ce créancier est inconnu.")))
                .andExpect(content().string(containsString("value=\"douze\"")));
        mvc.perform(get("/journee").cookie(session).param("min", "900").param("max", "100"))
                .andExpect(content().string(containsString("Le solde maximum doit être supérieur ou égal au minimum.")));
    }

    @Test
    void theNextPageLinkKeepsTheFilter() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        Integer aFaire = jdbc.queryForObject("""
                select count(*) from dossier d join utilisateur u on u.id = d.gestionnaire_id
                 where u.identifiant = 'clerc' and d.statut = 'OUVERT' and d.prochaine_action_le <= ?
                """, Integer.class, java.time.LocalDate.now(horloge));
        String page = mvc.perform(get("/journee").cookie(session).param("max", "1 000 000"))
                .andReturn().getResponse().getContentAsString();
        if (aFaire != null && aFaire > 50) {
            assertThat(page).containsPattern("href=\"/journee\\?max=1[^&]*000[^&]*000,00&amp;apres=[^\"]+\"");
        } else {
            assertThat(page).doesNotContain("data-test=\"page-suivante\"");
        }
    }

    @Test
    void onlyClerksHaveADay() throws Exception {
        mvc.perform(get("/journee").cookie(ConnexionDeTest.connecter(mvc, "creancier"))).andExpect(status().isForbidden());
        mvc.perform(get("/journee").cookie(ConnexionDeTest.connecter(mvc, "huissier"))).andExpect(status().isForbidden());
    }

    @Test
    void searchFindsByNameAndASingleMatchOpensTheDossier() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        var dossier = jdbc.queryForMap("select id, reference from dossier order by reference limit 1");

        mvc.perform(get("/recherche").cookie(session).param("q", (String) dossier.get("reference")))
                .andExpect(redirectedUrl("/dossiers/" + (UUID) dossier.get("id")));
        mvc.perform(get("/recherche").cookie(session).param("q", "x"))
                .andExpect(content().string(containsString("Saisissez au moins deux caractères.")));
        mvc.perform(get("/recherche").cookie(session).param("q", "zzzzqqqq"))
                .andExpect(content().string(containsString("Aucun dossier pour « zzzzqqqq ».")))
                .andExpect(content().string(not(containsString("data-test=\"trop-court\""))));
    }

    @Test
    void aSearchLongerThanAnyNameIsRefusedWithoutQueryingTheOffice() throws Exception {
        mvc.perform(get("/recherche").param("q", "x".repeat(10_000)).cookie(ConnexionDeTest.connecter(mvc, "clerc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Une recherche compte 100 caractères au plus")));
    }

    @Test
    void aCreditorCannotSearchTheOffice() throws Exception {
        mvc.perform(get("/recherche").cookie(ConnexionDeTest.connecter(mvc, "creancier")).param("q", "dupont"))
                .andExpect(status().isForbidden());
    }
}
