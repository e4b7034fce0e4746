package fr.etude.dossier.web.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.etude.dossier.web.ConnexionDeTest;

/** The journal of changes: who, when, what, before and after, filtered, for the administrator and the commissaire only. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class JournalControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void julienCommeAvant() {
        jdbc.update("update utilisateur set nom_affiche = 'Julien Fabre' where identifiant = 'clerc2'");
    }

    @Test
    void aChangeShowsWhoWhenAndWhatChangedFieldByField() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        UUID julien = jdbc.queryForObject("select id from utilisateur where identifiant = 'clerc2'", UUID.class);
        long version = jdbc.queryForObject("select version from utilisateur where id = ?", Long.class, julien);
        mvc.perform(post("/admin/utilisateurs/{id}", julien).with(csrf()).cookie(admin).param("nomAffiche", "Julien Fabre-Journal")
                .param("role", "CLERK").param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
        UUID administrateur = jdbc.queryForObject("select id from utilisateur where identifiant = 'admin'", UUID.class);

        String page = mvc.perform(get("/journal").cookie(ConnexionDeTest.connecter(mvc, "huissier"))
                        .param("entite", "utilisateur").param("auteur", administrateur.toString())
                        .param("du", "20/11/2026").param("au", "20/11/2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Compte utilisateur", "clerc2", "Administrateur de l&#39;étude", ">Modification<", "nom_affiche",
                "Julien Fabre", "Julien Fabre-Journal", "20/11/2026 à ");
        String ligne = java.util.Arrays.stream(page.split("data-test=\"modification\"")).skip(1)
                .filter(morceau -> morceau.contains("Julien Fabre-Journal")).findFirst().orElseThrow();
        assertThat(ligne).contains(">nom_affiche</dt>").as("only what changed is shown").doesNotContain(">identifiant</dt>");

        mvc.perform(get("/journal").cookie(admin).param("entite", "utilisateur").param("du", "21/11/2026"))
                .andExpect(content().string(containsString("Aucune modification ne correspond à ces filtres.")));
    }

    @Test
    void pagesOfFiftyMostRecentFirst() throws Exception {
        String entite = "essai_" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 60; i++) {
            jdbc.update("insert into journal_audit (moment, utilisateur, entite, entite_id, action, avant, apres) "
                    + "values (timestamptz '2026-11-19 10:00:00+01', 'Essai', ?, ?, 'ESSAI', null, jsonb_build_object('rang', ?))",
                    entite, "ligne-" + i, i);
        }
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        String premiere = mvc.perform(get("/journal").cookie(admin).param("entite", entite))
                .andReturn().getResponse().getContentAsString();
        assertThat(premiere).contains("ligne-60", "ligne-11", "Modifications plus anciennes").doesNotContain("ligne-10<");
        long dernierLu = jdbc.queryForObject("select id from journal_audit where entite = ? and entite_id = 'ligne-11'",
                Long.class, entite);
        mvc.perform(get("/journal").cookie(admin).param("entite", entite).param("avant", String.valueOf(dernierLu)))
                .andExpect(content().string(containsString("ligne-10<")))
                .andExpect(content().string(containsString("ligne-1<")))
                .andExpect(content().string(not(containsString("ligne-11<"))))
                .andExpect(content().string(not(containsString("Modifications plus anciennes"))));
    }

    @Test
    void unreadableFiltersAreNamedInFrench() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(get("/journal").cookie(admin).param("du", "32/13/2026"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Du : « 32/13/2026 »")));
        mvc.perform(get("/journal").cookie(admin).param("du", "20/11/2026").param("au", "01/11/2026"))
                .andExpect(content().string(containsString("Au : la fin de la période précède son début.")));
        mvc.perform(get("/journal").cookie(admin).param("auteur", "quelqu'un"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Auteur : « quelqu&#39;un »")));
        mvc.perform(get("/journal").cookie(admin).param("avant", "-3"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Cette page du journal n&#39;existe pas")));
    }

    @Test
    void onlyTheAdministratorAndTheCommissaireReadIt() throws Exception {
        mvc.perform(get("/journal").cookie(ConnexionDeTest.connecter(mvc, "clerc"))).andExpect(status().isForbidden());
        mvc.perform(get("/journal").cookie(ConnexionDeTest.connecter(mvc, "creancier"))).andExpect(status().isForbidden());
    }
}
