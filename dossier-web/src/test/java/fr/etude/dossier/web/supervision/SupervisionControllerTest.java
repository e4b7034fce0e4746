package fr.etude.dossier.web.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.web.ConnexionDeTest;
import fr.etude.dossier.web.DossierDeTest;

/** The commissaire reads every override with its reason, and each person's week of work as a table the chart is drawn from. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class SupervisionControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clock horloge;

    @Test
    void overridesWithTheirReasonAndEachPersonsWeekAreShown() throws Exception {
        UUID dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).creer().value();
        UUID auteur = jdbc.queryForObject("select id from utilisateur where identifiant = 'huissier'", UUID.class);
        jdbc.update("""
                insert into contact (id, dossier_id, canal, moment, auteur_id, auteur_nom, derogation_motif)
                values (gen_random_uuid(), ?, 'APPEL', '2026-11-17 20:45', ?, 'Superviseur de test',
                        'Le débiteur a demandé à être rappelé après son travail.')
                """, dossier, auteur);
        jdbc.update("""
                insert into contact (id, dossier_id, canal, moment, auteur_id, auteur_nom)
                values (gen_random_uuid(), ?, 'APPEL', '2026-11-18 10:00', ?, 'Superviseur de test'),
                       (gen_random_uuid(), ?, 'APPEL', '2026-11-10 10:00', ?, 'Superviseur de test')
                """, dossier, auteur, dossier, auteur);
        jdbc.update("insert into evenement (dossier_id, type, moment, auteur_id, auteur_nom, resume) "
                + "values (?, 'PAIEMENT', '2026-11-18 09:00+00', ?, 'Superviseur de test', 'Paiement de test')", dossier, auteur);

        String page = mvc.perform(get("/supervision").cookie(ConnexionDeTest.connecter(mvc, "huissier"))
                        .param("du", "09/11/2026").param("au", "20/11/2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Le débiteur a demandé à être rappelé après son travail.", "17/11/2026 20:45");
        String contacts = page.substring(page.indexOf("data-test=\"contacts-par-semaine\""), page.indexOf("data-test=\"activite\""));
        assertThat(contacts).contains("<th scope=\"col\" class=\"text-end\">09/11</th>", "<th scope=\"col\" class=\"text-end\">16/11</th>");
        assertThat(contacts.substring(contacts.indexOf("Superviseur de test"))).containsSubsequence(
                "<td class=\"text-end\">1</td>", "<td class=\"text-end\">2</td>");
        String detail = page.substring(page.indexOf("data-test=\"activite\""));
        assertThat(detail.substring(detail.indexOf("Superviseur de test</th>\n                <td>16/11/2026")))
                .containsSubsequence("<td class=\"text-end\">2</td>", "<td class=\"text-end\">0</td>", "<td class=\"text-end\">0</td>",
                        "<td class=\"text-end\">1</td>");
        assertThat(page).containsPattern("/webjars/echarts/5\\.3\\.1/dist/echarts\\.min-[0-9a-f]{32}\\.js")
                .contains("data-graphique=\"graphique-contacts\"");
    }

    @Test
    void aWrongPeriodIsNamedInFrenchAndOnlyTheCommissaireSupervises() throws Exception {
        Cookie commissaire = ConnexionDeTest.connecter(mvc, "huissier");
        mvc.perform(get("/supervision").cookie(commissaire).param("du", "20/11/2026").param("au", "01/11/2026"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("La fin de la période doit suivre son début.")));
        mvc.perform(get("/supervision").cookie(commissaire).param("du", "01/01/2020").param("au", "20/11/2026"))
                .andExpect(content().string(containsString("La période ne peut dépasser un an.")));
        mvc.perform(get("/supervision").cookie(commissaire).param("du", "hier"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("« hier »")));
        mvc.perform(get("/webjars/echarts/dist/echarts.min.js").cookie(commissaire)).andExpect(status().isOk());
        mvc.perform(get("/supervision").cookie(ConnexionDeTest.connecter(mvc, "clerc"))).andExpect(status().isForbidden());
    }
}
