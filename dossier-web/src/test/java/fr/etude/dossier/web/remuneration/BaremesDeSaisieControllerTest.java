package fr.etude.dossier.web.remuneration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.remuneration.BaremesDeSaisie;
import fr.etude.dossier.web.ConnexionDeTest;

/** The administrator keeps the yearly scale of the saisie des rémunérations; a year added is read at once. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class BaremesDeSaisieControllerTest {

    private static final String SOURCE_2026 = "barème 2026 d'après une source secondaire - à confirmer ; majoration par "
            + "personne à charge : reprise de 2025, à confirmer";

    private static final String FRACTIONS = "1/20 ; 1/10 ; 1/5 ; 1/4 ; 1/3 ; 2/3";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BaremesDeSaisie baremes;

    @AfterEach
    void lesBaremesDeLaMigration() {
        jdbc.update("delete from bareme_saisie_remuneration where annee > 2026");
        jdbc.update("update bareme_saisie_remuneration set seuil_1 = 4480, confirme = false, publie_le = null, source = ? "
                + "where annee = 2026", SOURCE_2026);
    }

    @Test
    void aYearAddedAfterTheLastIsReadAtOnceAndAnOverlapOrAHoleIsRefused() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(get("/admin").cookie(admin))
                .andExpect(content().string(containsString("Barème de saisie des rémunérations 2026 : à confirmer")))
                .andExpect(content().string(containsString("href=\"/admin/saisie-remunerations/2026\"")));
        mvc.perform(bareme(post("/admin/saisie-remunerations"), "2027", "4 440", FRACTIONS).cookie(admin))
                .andExpect(redirectedUrl("/admin/saisie-remunerations"));

        // 1 500 € a month on the (invented) 2027 scale equal to 2025's: 236,94 € (worked in BaremeDeSaisieTest).
        assertThat(baremes.table().de(2027).orElseThrow().quotite(Montant.of("1500"), 0, Montant.of("646.52")).mensuelle())
                .isEqualTo(Montant.of("236.94"));
        assertThat(jdbc.queryForObject("select count(*) from journal_audit where entite = 'bareme_saisie_remuneration' "
                + "and entite_id = '2027' and action = 'AJOUT'", Integer.class)).isEqualTo(1);

        mvc.perform(bareme(post("/admin/saisie-remunerations"), "2026", "4 440", FRACTIONS).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Année : le barème 2026 est déjà saisi : corrigez-le plutôt.")));
        mvc.perform(bareme(post("/admin/saisie-remunerations"), "2029", "4 440", FRACTIONS).cookie(admin))
                .andExpect(content().string(containsString("2029 y laisserait un trou. Saisissez d&#39;abord 2028.")));
        assertThat(jdbc.queryForObject("select count(*) from bareme_saisie_remuneration where annee = 2029", Integer.class)).isZero();
    }

    @Test
    void correctingTheYearInForceAsksForAReasonAndIsAudited() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(bareme(post("/admin/saisie-remunerations/2026"), null, "4 490", FRACTIONS).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dites pourquoi vous le corrigez.")));
        mvc.perform(bareme(post("/admin/saisie-remunerations/2026"), null, "4 490", FRACTIONS).cookie(admin)
                        .param("confirme", "true").param("motif", "Vérifié au Journal officiel"))
                .andExpect(redirectedUrl("/admin/saisie-remunerations"));
        assertThat(jdbc.queryForMap("select avant->>'seuil_1' as avant, apres->>'seuil_1' as apres, apres->>'motif' as motif "
                + "from journal_audit where entite = 'bareme_saisie_remuneration' and entite_id = '2026' and action = 'CORRECTION' "
                + "order by id desc limit 1"))
                .containsEntry("avant", "4480.00").containsEntry("apres", "4490.00").containsEntry("motif", "Vérifié au Journal officiel");
    }

    @Test
    void badInputIsNamedInFrenchAndKeptAsTyped() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(bareme(post("/admin/saisie-remunerations"), "2027", "quatre mille", "1/20 ; 1/dix").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seuil 1 : « quatre mille » n&#39;est pas un montant")))
                .andExpect(content().string(containsString("value=\"quatre mille\"")))
                .andExpect(content().string(containsString("Fractions saisissables : « 1/dix » n&#39;est pas une fraction")))
                .andExpect(content().string(containsString("value=\"1/20 ; 1/dix\"")));
        assertThat(jdbc.queryForObject("select count(*) from bareme_saisie_remuneration where annee = 2027", Integer.class)).isZero();
    }

    @Test
    void onlyTheAdministratorKeepsTheScale() throws Exception {
        for (String identifiant : new String[]{"clerc", "huissier", "creancier"}) {
            Cookie session = ConnexionDeTest.connecter(mvc, identifiant);
            mvc.perform(get("/admin/saisie-remunerations").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(bareme(post("/admin/saisie-remunerations"), "2027", "4 440", FRACTIONS).cookie(session)).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from bareme_saisie_remuneration where annee = 2027", Integer.class)).isZero();
    }

    /** The 2025 thresholds but the first, for a year of test (null: the year comes from the address). */
    private static MockHttpServletRequestBuilder bareme(MockHttpServletRequestBuilder requete, String annee, String seuil1,
                                                        String fractions) {
        if (annee != null) {
            requete.param("annee", annee);
        }
        return requete.with(csrf()).param("seuil1", seuil1).param("seuil2", "8 660").param("seuil3", "12 890")
                .param("seuil4", "17 090").param("seuil5", "21 300").param("seuil6", "25 600")
                .param("fractions", fractions).param("parPersonneACharge", "1 720")
                .param("source", "barème de test");
    }
}
