package fr.etude.dossier.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

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
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.web.ConnexionDeTest;
import fr.etude.dossier.web.DossierDeTest;

/** The office's settings are data the rules read: changed from the browser, applied at once, audited. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ReglagesControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clock horloge;

    @AfterEach
    void leReglageDeLaDemo() {
        jdbc.update("update parametre set valeur = '5000.00' where cle = 'escalade.plafond-petites-creances'");
    }

    @Test
    void theSmallClaimsCeilingIsReadFromTheSettingsByTheCoreWhenTheCommissaireApproves() throws Exception {
        DossierId dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).dePrincipal("1500.00").alEtape(Etape.PRECONTENTIEUX)
                .creer();
        mvc.perform(post("/dossiers/{id}/escalade", dossier.value()).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "clerc"))
                .param("justification", "Mise en demeure sans effet").param("version", version(dossier)));
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(post("/admin/reglages/escalade.plafond-petites-creances").with(csrf()).cookie(admin).param("valeur", "1 000"))
                .andExpect(redirectedUrl("/admin/reglages"));

        mvc.perform(post("/dossiers/{id}/escalade/approbation", dossier.value()).with(csrf())
                        .cookie(ConnexionDeTest.connecter(mvc, "huissier")).param("procedure", "PETITES_CREANCES")
                        .param("version", version(dossier)))
                .andExpect(flash().attribute("alerte", containsString("réservée aux créances jusqu'à 1\u202f000,00\u00a0€")));
        assertThat(jdbc.queryForObject("select etape from dossier where id = ?", String.class, dossier.value()))
                .isEqualTo("PRECONTENTIEUX");
        assertThat(jdbc.queryForObject("select count(*) from journal_audit where entite = 'parametre' "
                + "and entite_id = 'escalade.plafond-petites-creances' and apres->>'valeur' = '1000.00'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aValueOutOfItsBoundsIsRefusedInFrenchAndKept() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(post("/admin/reglages/contact.heure-fin").with(csrf()).cookie(admin).param("valeur", "23:30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("23:30 est hors des bornes de ce réglage : entre 14h et 21h.")))
                .andExpect(content().string(containsString("value=\"23:30\"")));
        mvc.perform(post("/admin/reglages/echeancier.jours-de-grace").with(csrf()).cookie(admin).param("valeur", "dix"))
                .andExpect(content().string(containsString("« dix » n&#39;est pas un nombre entier.")));
        assertThat(jdbc.queryForObject("select valeur from parametre where cle = 'contact.heure-fin'", String.class))
                .isEqualTo("20:00");
        mvc.perform(get("/admin/reglages").cookie(ConnexionDeTest.connecter(mvc, "clerc"))).andExpect(status().isForbidden());
    }

    private String version(DossierId dossier) {
        return String.valueOf(jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier.value()));
    }
}
