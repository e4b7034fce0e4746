package fr.etude.dossier.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.etude.dossier.web.ConnexionDeTest;

/** The office's settings are data the rules read: changed from the browser, checked, audited. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ReglagesControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

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
}
