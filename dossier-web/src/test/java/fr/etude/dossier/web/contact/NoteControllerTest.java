package fr.etude.dossier.web.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
class NoteControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private UUID dossier;

    @BeforeEach
    void unDossier() {
        dossier = jdbc.queryForObject("select id from dossier where statut = 'OUVERT' order by random() limit 1", UUID.class);
    }

    @Test
    void aNoteGoesToTheTimelineUnderItsAuthor() throws Exception {
        mvc.perform(post("/dossiers/{id}/notes", dossier).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "clerc"))
                        .param("texte", "  Le débiteur déménage fin décembre.  ").param("version", version()))
                .andExpect(redirectedUrl("/dossiers/" + dossier + "#chronologie"))
                .andExpect(flash().attribute("message", "Note ajoutée à la chronologie."));

        assertThat(jdbc.queryForObject("select auteur_nom from evenement where dossier_id = ? and type = 'NOTE' "
                + "and resume = 'Le débiteur déménage fin décembre.'", String.class, dossier)).isEqualTo("Claire Moreau");
    }

    @Test
    void anEmptyNoteOrAStalePageIsRefusedAndWhatWasTypedComesBack() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(post("/dossiers/{id}/notes", dossier).with(csrf()).cookie(session).param("texte", "   ")
                        .param("version", version()))
                .andExpect(flash().attribute("alerte", "La note est vide : écrivez-la avant de l'ajouter."));
        long perimee = Long.parseLong(version()) - 1;
        mvc.perform(post("/dossiers/{id}/notes", dossier).with(csrf()).cookie(session).param("texte", "Rappeler lundi")
                        .param("version", String.valueOf(perimee)))
                .andExpect(flash().attribute("alerte", org.hamcrest.Matchers.containsString("pendant que vous travailliez")))
                .andExpect(flash().attribute("noteSaisie", "Rappeler lundi"));
        assertThat(jdbc.queryForObject("select count(*) from evenement where dossier_id = ? and resume = 'Rappeler lundi'",
                Integer.class, dossier)).isZero();
    }

    @Test
    void aCreditorCannotWriteInTheOfficesTimeline() throws Exception {
        mvc.perform(post("/dossiers/{id}/notes", dossier).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "creancier"))
                        .param("texte", "Note").param("version", version()))
                .andExpect(status().isForbidden());
    }

    private String version() {
        return String.valueOf(jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier));
    }
}
