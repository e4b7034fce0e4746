package fr.etude.dossier.web.escalade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import fr.etude.dossier.web.DossierDeTest;
import fr.etude.dossier.web.ConnexionDeTest;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class EscaladeControllerTest {

    @Autowired
    fr.etude.dossier.core.dossier.Dossiers dossiers;

    @Autowired
    java.time.Clock horloge;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theClerkAsksTheCommissaireApprovesAndChoosesTheProcedure() throws Exception {
        UUID dossier = unDossier("PRECONTENTIEUX");
        mvc.perform(post("/dossiers/{id}/escalade", dossier).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "clerc"))
                        .param("justification", "Mise en demeure restée sans effet").param("version", version(dossier)))
                .andExpect(redirectedUrl("/dossiers/" + dossier))
                .andExpect(flash().attribute("message", "Demande transmise au commissaire de justice."));

        Cookie commissaire = ConnexionDeTest.connecter(mvc, "huissier");
        mvc.perform(get("/escalades").cookie(commissaire))
                .andExpect(content().string(containsString("Mise en demeure restée sans effet")));
        mvc.perform(post("/dossiers/{id}/escalade/approbation", dossier).with(csrf()).cookie(commissaire)
                        .param("procedure", "INJONCTION_DE_PAYER").param("version", version(dossier)))
                .andExpect(redirectedUrl("/escalades"))
                .andExpect(flash().attribute("message", "Passage au contentieux approuvé."));

        assertThat(jdbc.queryForMap("select etape, procedure from dossier where id = ?", dossier))
                .containsEntry("etape", "CONTENTIEUX").containsEntry("procedure", "INJONCTION_DE_PAYER");
    }

    @Test
    void aRequestOnAPageReadBeforeSomeoneElsesChangeIsAConflict() throws Exception {
        UUID dossier = unDossier("PRECONTENTIEUX");
        long perimee = Long.parseLong(version(dossier)) - 1;

        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(post("/dossiers/{id}/escalade", dossier).with(csrf()).cookie(session)
                        .param("justification", "Relances sans réponse").param("version", String.valueOf(perimee)))
                .andExpect(redirectedUrl("/dossiers/" + dossier + "#escalade"));
        mvc.perform(get("/dossiers/{id}", dossier).cookie(session))
                .andExpect(content().string(containsString("pendant que vous travailliez")))
                .andExpect(content().string(containsString("value=\"Relances sans r")));
        assertThat(jdbc.queryForObject("select demande_escalade_le is null from dossier where id = ?", Boolean.class, dossier))
                .isTrue();
    }

    @Test
    void theCommissaireSendsARequestBackWithAComment() throws Exception {
        UUID dossier = unDossier("PRECONTENTIEUX");
        mvc.perform(post("/dossiers/{id}/escalade", dossier).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "clerc"))
                .param("justification", "Relances sans réponse").param("version", version(dossier)));

        mvc.perform(post("/dossiers/{id}/escalade/renvoi", dossier).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "huissier"))
                        .param("commentaire", "Proposer d'abord un échéancier.").param("version", version(dossier)))
                .andExpect(flash().attribute("message", "Demande renvoyée au chargé de recouvrement."));

        assertThat(jdbc.queryForObject("select demande_escalade_le is null from dossier where id = ?", Boolean.class, dossier))
                .isTrue();
    }

    @Test
    void aRefusalSaysWhyAndTheStageStays() throws Exception {
        UUID dossier = unDossier("CONTENTIEUX");
        mvc.perform(post("/dossiers/{id}/escalade", dossier).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "clerc"))
                        .param("justification", "Jugement obtenu").param("version", version(dossier)))
                .andExpect(flash().attribute("alerte", "Passage refusé : titre exécutoire absent."));

        assertThat(jdbc.queryForObject("select etape from dossier where id = ?", String.class, dossier)).isEqualTo("CONTENTIEUX");
    }

    @Test
    void aRequestWithoutJustificationOrAnApprovalWithoutProcedureIsNamed() throws Exception {
        UUID dossier = unDossier("PRECONTENTIEUX");
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(post("/dossiers/{id}/escalade", dossier).with(csrf()).cookie(session)
                        .param("justification", " ").param("version", version(dossier)))
                .andExpect(redirectedUrl("/dossiers/" + dossier + "#escalade"));
        mvc.perform(get("/dossiers/{id}", dossier).cookie(session))
                .andExpect(content().string(containsString("Justification : ce champ est obligatoire.")));

        mvc.perform(post("/dossiers/{id}/escalade", dossier).with(csrf()).cookie(session)
                .param("justification", "Relances sans réponse").param("version", version(dossier)));
        mvc.perform(post("/dossiers/{id}/escalade/approbation", dossier).with(csrf())
                        .cookie(ConnexionDeTest.connecter(mvc, "huissier")).param("procedure", "PROCES").param("version", version(dossier)))
                .andExpect(redirectedUrl("/escalades"))
                .andExpect(flash().attribute("alerte", "Procédure : « PROCES » n'est pas une valeur possible."));
        assertThat(jdbc.queryForObject("select etape from dossier where id = ?", String.class, dossier)).isEqualTo("PRECONTENTIEUX");
    }

    @Test
    void onlyTheCommissaireApproves() throws Exception {
        UUID dossier = unDossier("PRECONTENTIEUX");
        mvc.perform(post("/dossiers/{id}/escalade/approbation", dossier).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "clerc"))
                        .param("procedure", "ASSIGNATION").param("version", version(dossier)))
                .andExpect(status().isForbidden());
    }

    private UUID unDossier(String etape) {
        return DossierDeTest.unDossier(dossiers, jdbc, horloge).alEtape(fr.etude.dossier.core.dossier.Etape.valueOf(etape))
                .creer().value();
    }

    private String version(UUID dossier) {
        return String.valueOf(jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier));
    }

}
