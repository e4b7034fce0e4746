package fr.etude.dossier.web.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

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

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DossierControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private UUID dossier;

    /** A demo dossier whose one créance bears legal interest within the published half-years. */
    @BeforeEach
    void unDossierCalculable() {
        dossier = jdbc.queryForObject("""
                select d.id from dossier d join creance c on c.dossier_id = d.id
                 where c.nature <> 'COMMERCIALE' and c.mise_en_demeure is not null
                   and c.mise_en_demeure < date '2026-01-01'
                 limit 1
                """, UUID.class);
    }

    @Test
    void theClerkSeesTheHeaderTheDecompteAtADateAndTheTimeline() throws Exception {
        mvc.perform(get("/dossiers/{id}", dossier).param("au", "30/06/2026").cookie(ConnexionDeTest.connecter(mvc, "clerc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-test=\"entete\"")))
                .andExpect(content().string(containsString("Décompte arrêté au 30/06/2026.")))
                .andExpect(content().string(containsString("intérêt légal")))
                .andExpect(content().string(containsString("data-test=\"chronologie\"")));
    }

    @Test
    void theTimelineShowsOneKindOfEventOnDemandAndAnUnknownKindIsNamed() throws Exception {
        jakarta.servlet.http.Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        String page = mvc.perform(get("/dossiers/{id}", dossier).param("evenement", "OUVERTURE").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String chronologie = page.substring(page.indexOf("data-test=\"chronologie\""));

        assertThat(chronologie).contains(">Ouverture<").doesNotContain(">Appel<").doesNotContain(">Paiement<");
        mvc.perform(get("/dossiers/{id}", dossier).param("evenement", "FETE").cookie(session))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "« FETE » n&#39;est pas une sorte d&#39;événement de la chronologie.")));
    }

    @Test
    void theCommissaireMayOpenADossierToo() throws Exception {
        mvc.perform(get("/dossiers/{id}", dossier).cookie(ConnexionDeTest.connecter(mvc, "huissier"))).andExpect(status().isOk());
    }

    @Test
    void aCreditorCannotOpenTheOfficesDossierPage() throws Exception {
        mvc.perform(get("/dossiers/{id}", dossier).cookie(ConnexionDeTest.connecter(mvc, "creancier"))).andExpect(status().isForbidden());
    }

    @Test
    void aMissingHalfYearRateIsExplainedNotHidden() throws Exception {
        mvc.perform(get("/dossiers/{id}", dossier).param("au", "31/12/2026").cookie(ConnexionDeTest.connecter(mvc, "clerc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("du 2e semestre 2026")))
                .andExpect(content().string(containsString("n&#39;est pas connu")));
    }

    @Test
    void aBadDateIsRefusedInFrench() throws Exception {
        mvc.perform(get("/dossiers/{id}", dossier).param("au", "2026-06-30").cookie(ConnexionDeTest.connecter(mvc, "clerc")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("doit s&#39;écrire jj/mm/aaaa")));
    }

    @Test
    void anUnknownOrMalformedDossierIsNotFound() throws Exception {
        mvc.perform(get("/dossiers/{id}", UUID.randomUUID()).cookie(ConnexionDeTest.connecter(mvc, "clerc"))).andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/pas-un-identifiant").cookie(ConnexionDeTest.connecter(mvc, "clerc"))).andExpect(status().isNotFound());
    }

}
