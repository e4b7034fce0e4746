package fr.etude.dossier.web.taux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.web.ConnexionDeTest;
import fr.etude.dossier.web.DossierDeTest;

/** The administrator keeps the law's rate tables; a half-year added is used by the next décompte. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class TauxControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clock horloge;

    @AfterEach
    void laTableRedevientCelleDeLaDemo() {
        jdbc.update("delete from taux_interet_legal where debut >= '2026-07-01'");
    }

    @Test
    void addingTheMissingHalfYearMakesTheRefusedDecompteComputeToTheCent() throws Exception {
        // 1 000,00 € due and claimed by a mise en demeure on 30/06/2026: legal interest from 1 July, 143 days
        // to 20/11/2026.
        DossierId dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge)
                .avecCreanceMiseEnDemeure("1000.00", LocalDate.of(2026, 6, 30)).creer();
        Cookie clerc = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(get("/dossiers/{id}", dossier.value()).param("au", "20/11/2026").cookie(clerc))
                .andExpect(content().string(containsString("2e semestre 2026")))
                .andExpect(content().string(containsString("data-test=\"decompte-calculable\"")))
                .andExpect(content().string(containsString("au=30/06/2026")));

        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(get("/admin").cookie(admin))
                .andExpect(content().string(containsString("taux de l&#39;intérêt légal du 2e semestre 2026 : non saisi")));
        mvc.perform(post("/admin/taux/interet-legal").with(csrf()).cookie(admin).param("annee", "2026").param("numero", "2")
                        .param("taux", "4,00").param("tauxAutresCas", "4").param("source", "arrêté de test (valeur fictive)")
                        .param("confirme", "true"))
                .andExpect(redirectedUrl("/admin/taux/interet-legal"));

        // 1 000,00 × 4 % × 143 / 365 = 15,6712… → 15,67 € (each line rounded half-up to the cent).
        mvc.perform(get("/dossiers/{id}", dossier.value()).param("au", "20/11/2026").cookie(clerc))
                .andExpect(content().string(containsString("data-test=\"solde-decompte\">1\u202f015,67\u00a0€")))
                .andExpect(content().string(not(containsString("data-test=\"taux-a-confirmer\""))));

        // Entered as still to confirm, the same half-year says so beside its line; the figures do not change.
        jdbc.update("update taux_interet_legal set confirme = false where debut = '2026-07-01'");
        mvc.perform(get("/dossiers/{id}", dossier.value()).param("au", "20/11/2026").cookie(clerc))
                .andExpect(content().string(containsString("data-test=\"taux-a-confirmer\"")))
                .andExpect(content().string(containsString("data-test=\"avertissement-a-confirmer\"")))
                .andExpect(content().string(containsString("data-test=\"solde-decompte\">1\u202f015,67\u00a0€")));
        assertThat(jdbc.queryForObject("select count(*) from journal_audit where entite = 'taux_interet_legal' "
                + "and entite_id = '2026-07-01' and action = 'AJOUT' and apres->>'source' = 'arrêté de test (valeur fictive)'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void aHalfYearThatLeavesAHoleOrWrongValuesAreRefusedInFrench() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(post("/admin/taux/interet-legal").with(csrf()).cookie(admin).param("annee", "2027").param("numero", "1")
                        .param("taux", "4").param("tauxAutresCas", "4").param("source", "arrêté"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("y laisserait un trou. Saisissez d&#39;abord le 2e semestre 2026.")));
        mvc.perform(post("/admin/taux/interet-legal").with(csrf()).cookie(admin).param("annee", "2026").param("numero", "3")
                        .param("taux", "quatre").param("source", " "))
                .andExpect(content().string(containsString("Taux : « quatre » n&#39;est pas un taux")))
                .andExpect(content().string(containsString("Semestre : au plus 2.")))
                .andExpect(content().string(containsString("Source : ce champ est obligatoire.")))
                .andExpect(content().string(containsString("Autres cas : ce champ est obligatoire.")))
                .andExpect(content().string(containsString("value=\"quatre\"")));
        assertThat(jdbc.queryForObject("select count(*) from taux_interet_legal where debut >= '2026-07-01'", Integer.class))
                .isZero();
    }

    @Test
    void correctingAHalfYearThatHasBegunAsksForAReasonAndIsAudited() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(post("/admin/taux/bce/2026-1").with(csrf()).cookie(admin).param("taux", "2,15")
                        .param("source", "BCE, décision du 30 janvier 2025").param("confirme", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dites pourquoi vous le corrigez.")));
        mvc.perform(post("/admin/taux/bce/2026-1").with(csrf()).cookie(admin).param("taux", "2,15")
                        .param("source", "BCE, décision du 30 janvier 2025").param("confirme", "true")
                        .param("motif", "Vérifié sur le site de la BCE"))
                .andExpect(redirectedUrl("/admin/taux/bce"));
        assertThat(jdbc.queryForObject("select confirme from taux_refinancement_bce where debut = '2026-01-01'", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForObject("select apres->>'motif' from journal_audit where entite = 'taux_refinancement_bce' "
                + "and entite_id = '2026-01-01' order by id desc limit 1", String.class)).isEqualTo("Vérifié sur le site de la BCE");
        jdbc.update("update taux_refinancement_bce set confirme = false, source = 'BCE - à confirmer' where debut = '2026-01-01'");
    }

    @Test
    void onlyTheAdministratorKeepsTheTables() throws Exception {
        for (String identifiant : new String[]{"clerc", "huissier", "creancier"}) {
            Cookie session = ConnexionDeTest.connecter(mvc, identifiant);
            mvc.perform(get("/admin/taux/interet-legal").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/taux/interet-legal").with(csrf()).cookie(session).param("annee", "2026")
                    .param("numero", "2").param("taux", "4").param("tauxAutresCas", "4").param("source", "x"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/taux/inconnue").cookie(ConnexionDeTest.connecter(mvc, "admin"))).andExpect(status().isNotFound());
    }
}
