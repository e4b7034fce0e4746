package fr.etude.dossier.web.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;
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
class NoteControllerTest {

    @Autowired
    fr.etude.dossier.core.dossier.Dossiers dossiers;

    @Autowired
    java.time.Clock horloge;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private UUID dossier;

    @BeforeEach
    void unDossier() {
        dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).creer().value();
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
                .andExpect(redirectedUrl("/dossiers/" + dossier + "#note"))
                .andExpect(flash().attribute(BindingResult.MODEL_KEY_PREFIX + "note",
                        org.hamcrest.Matchers.hasProperty("fieldErrorCount", org.hamcrest.Matchers.is(1))));
        mvc.perform(get("/dossiers/{id}", dossier).cookie(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Note : ce champ est obligatoire.")));
        long perimee = Long.parseLong(version()) - 1;
        MvcResult conflit = mvc.perform(post("/dossiers/{id}/notes", dossier).with(csrf()).cookie(session)
                        .param("texte", "Rappeler lundi").param("version", String.valueOf(perimee)))
                .andExpect(redirectedUrl("/dossiers/" + dossier + "#note")).andReturn();

        mvc.perform(get("/dossiers/{id}", dossier).cookie(session).flashAttrs(conflit.getFlashMap()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("pendant que vous travailliez")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(">Rappeler lundi</textarea>")));
        assertThat(jdbc.queryForObject("select count(*) from evenement where dossier_id = ? and resume = 'Rappeler lundi'",
                Integer.class, dossier)).isZero();
    }

    @Test
    void aNoteLongerThanTheLimitIsNamedAndKept() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        String longue = "n".repeat(4001);
        MvcResult refus = mvc.perform(post("/dossiers/{id}/notes", dossier).with(csrf()).cookie(session)
                        .param("texte", longue).param("version", version()))
                .andExpect(redirectedUrl("/dossiers/" + dossier + "#note")).andReturn();

        mvc.perform(get("/dossiers/{id}", dossier).cookie(session).flashAttrs(refus.getFlashMap()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Note : 4000 caractères au plus.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(longue)));
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
