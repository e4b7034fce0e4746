package fr.etude.dossier.web.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
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

/** A long timeline is shown thirty entries at a time, the most recent first, each page asked for when wanted. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ChronologieParPagesTest {

    private static final Pattern NOTE = Pattern.compile("Note n°(\\d+)\\.");
    private static final Pattern SUITE = Pattern.compile("href=\"(/dossiers/[^\"]+/chronologie\\?avant=\\d+[^\"]*)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clock horloge;

    private DossierId dossier;
    private Cookie clerc;

    /** 70 notes, one a day, two of them at the same moment (the timeline then orders by entry). */
    @BeforeEach
    void unDossierDeLongueHaleine() throws Exception {
        dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("Chronologie", "69003").creer();
        jdbc.update("delete from evenement where dossier_id = ?", dossier.value());
        Instant debut = Instant.parse("2026-01-01T09:00:00Z");
        for (int numero = 1; numero <= 70; numero++) {
            Instant moment = numero == 41 ? debut.plus(Duration.ofDays(40)) : debut.plus(Duration.ofDays(numero));
            jdbc.update("insert into evenement (dossier_id, type, moment, auteur_nom, resume) values (?, 'NOTE', ?, 'Claire Moreau', ?)",
                    dossier.value(), Timestamp.from(moment), "Note n°" + numero + ".");
        }
        clerc = ConnexionDeTest.connecter(mvc, "clerc");
    }

    @Test
    void theDossierPageShowsTheThirtyLatestAndTheNextPagesFollowToTheFirst() throws Exception {
        String page = mvc.perform(get("/dossiers/{id}", dossier.value()).cookie(clerc))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(notes(page)).isEqualTo(de(70, 41));

        String suite = suite(page);
        String deuxieme = mvc.perform(get(suite).header("HX-Request", "true").cookie(clerc))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(deuxieme.strip()).startsWith("<tr").doesNotContain("<html");
        assertThat(notes(deuxieme)).isEqualTo(de(40, 11));

        String derniere = mvc.perform(get(suite(deuxieme)).header("HX-Request", "true").cookie(clerc))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(notes(derniere)).isEqualTo(de(10, 1));
        assertThat(derniere).doesNotContain("data-test=\"chronologie-suite\"");
    }

    @Test
    void withoutJavaScriptTheNextPageIsAPageOfItsOwn() throws Exception {
        String page = mvc.perform(get("/dossiers/{id}", dossier.value()).cookie(clerc))
                .andReturn().getResponse().getContentAsString();

        String suivante = mvc.perform(get(suite(page)).cookie(clerc))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(suivante).contains("<html").contains("Retour au dossier");
        assertThat(notes(suivante)).isEqualTo(de(40, 11));
    }

    @Test
    void theFilterOnAKindOfEventIsKeptFromPageToPage() throws Exception {
        String page = mvc.perform(get("/dossiers/{id}", dossier.value()).param("evenement", "NOTE").cookie(clerc))
                .andReturn().getResponse().getContentAsString();

        assertThat(suite(page)).endsWith("&evenement=NOTE");
    }

    @Test
    void aWrongBoundaryOrDossierIsNamedNotAFailure() throws Exception {
        mvc.perform(get("/dossiers/{id}/chronologie", dossier.value()).param("avant", "hier").cookie(clerc))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/dossiers/{id}/chronologie", "00000000-0000-0000-0000-000000000000").param("avant", "1").cookie(clerc))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/{id}/chronologie", dossier.value()).param("avant", "1").cookie(ConnexionDeTest.connecter(mvc, "creancier")))
                .andExpect(status().isForbidden());
    }

    private static List<Integer> notes(String html) {
        return NOTE.matcher(html).results().map(note -> Integer.parseInt(note.group(1))).toList();
    }

    private static List<Integer> de(int premiere, int derniere) {
        return java.util.stream.IntStream.iterate(premiere, numero -> numero >= derniere, numero -> numero - 1).boxed().toList();
    }

    private static String suite(String html) {
        var trouve = SUITE.matcher(html);
        assertThat(trouve.find()).as("lien vers les entrées plus anciennes").isTrue();
        return trouve.group(1).replace("&amp;", "&");
    }
}
