package fr.etude.dossier.web.statut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
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

import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.web.ConnexionDeTest;
import fr.etude.dossier.web.DossierDeTest;

/** Overindebtedness suspends the dossier and blocks escalation until its outcome; closing keeps to its true reasons. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class StatutControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clock horloge;

    private UUID dossier;
    private Cookie clerc;

    @BeforeEach
    void unDossier() throws Exception {
        dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("Surendetté", "69003").alEtape(Etape.PRECONTENTIEUX)
                .creer().value();
        clerc = ConnexionDeTest.connecter(mvc, "clerc");
    }

    @Test
    void anAdmissibleFileSuspendsTheDossierBlocksTheRequestAndAPlanResumesIt() throws Exception {
        mvc.perform(post("/dossiers/{id}/surendettement", dossier).with(csrf()).cookie(clerc).param("recevableLe", "12/11/2026")
                        .param("commission", "Commission du Rhône").param("version", version()))
                .andExpect(flash().attribute("message", "Surendettement enregistré : le dossier est suspendu."));
        assertThat(jdbc.queryForMap("select statut, surendettement from dossier where id = ?", dossier))
                .containsEntry("statut", "SUSPENDU").containsEntry("surendettement", true);

        mvc.perform(post("/dossiers/{id}/escalade", dossier).with(csrf()).cookie(clerc)
                        .param("justification", "Relances sans effet").param("version", version()))
                .andExpect(flash().attribute("alerte", containsString("dossier suspendu : surendettement recevable (art. L722-2 C. conso.)")));

        mvc.perform(post("/dossiers/{id}/surendettement/issue", dossier).with(csrf()).cookie(clerc).param("issue", "PLAN")
                        .param("le", "19/11/2026").param("precisions", "36 mensualités de 50 €").param("version", version()))
                .andExpect(flash().attribute("message", "Issue du surendettement enregistrée."));
        assertThat(jdbc.queryForMap("select statut, surendettement, prochaine_action from dossier where id = ?", dossier))
                .containsEntry("statut", "OUVERT").containsEntry("surendettement", false).containsEntry("prochaine_action", "REVUE");
    }

    @Test
    void closingKeepsToItsReasonsAndWrongInputIsNamedInFrench() throws Exception {
        mvc.perform(post("/dossiers/{id}/cloture", dossier).with(csrf()).cookie(clerc).param("motif", "SOLDE")
                        .param("commentaire", "Règlement annoncé").param("version", version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("n&#39;est pas soldé : il reste 900,00")))
                .andExpect(content().string(containsString(">R&egrave;glement annonc&eacute;</textarea>")));
        mvc.perform(post("/dossiers/{id}/cloture", dossier).with(csrf()).cookie(clerc).param("motif", "EFFACEMENT_SURENDETTEMENT")
                        .param("version", version()))
                .andExpect(content().string(containsString("(art. L741-2 C. conso.)")));
        mvc.perform(post("/dossiers/{id}/surendettement", dossier).with(csrf()).cookie(clerc).param("recevableLe", "31/02/2026")
                        .param("commission", "").param("version", version()))
                .andExpect(content().string(containsString("« 31/02/2026 »")))
                .andExpect(content().string(containsString("Commission de surendettement : ce champ est obligatoire.")));
        mvc.perform(post("/dossiers/{id}/surendettement/issue", dossier).with(csrf()).cookie(clerc).param("issue", "PLAN")
                        .param("le", "19/11/2026").param("version", version()))
                .andExpect(content().string(containsString("n&#39;a pas de surendettement en cours.")));
        assertThat(jdbc.queryForObject("select statut from dossier where id = ?", String.class, dossier)).isEqualTo("OUVERT");

        mvc.perform(post("/dossiers/{id}/cloture", dossier).with(csrf()).cookie(clerc).param("motif", "IRRECOUVRABLE")
                        .param("commentaire", "PV de carence du 10/11/2026").param("version", version()))
                .andExpect(flash().attribute("message", "Dossier clos : irrécouvrable."));
        assertThat(jdbc.queryForObject("select motif_cloture from dossier where id = ?", String.class, dossier)).isEqualTo("IRRECOUVRABLE");
        mvc.perform(get("/dossiers/{id}/statut", dossier).cookie(clerc))
                .andExpect(content().string(containsString("/courriers/certificat-irrecouvrabilite")));
        mvc.perform(get("/dossiers/{id}/statut", dossier).cookie(ConnexionDeTest.connecter(mvc, "creancier")))
                .andExpect(status().isForbidden());
    }

    private String version() {
        return String.valueOf(jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier));
    }
}
