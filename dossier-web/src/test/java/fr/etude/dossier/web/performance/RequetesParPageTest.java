package fr.etude.dossier.web.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.web.ConnexionDeTest;
import fr.etude.dossier.web.DossierDeTest;

/**
 * How many SQL statements each of the busiest pages sends, session and security included: a page
 * whose count grows (a query per line, a second read of the same dossier) is seen here before it is
 * felt under load. The counts are exact: a change must say why.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(RequetesParPageTest.Comptage.class)
class RequetesParPageTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Comptage {
        @Bean
        static CompteurDeRequetes compteurDeRequetes() {
            return new CompteurDeRequetes();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clock horloge;

    private Cookie clerc;
    private DossierId dossier;

    @BeforeEach
    void unClercEtUnDossier() throws Exception {
        clerc = ConnexionDeTest.connecter(mvc, "clerc");
        dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("Compté", "69003").creer();
    }

    /**
     * Each page reads its session when the request starts; a session is written only when it changed
     * or its last access is a minute old, so a page seen again at once writes nothing. Then Ma journée
     * reads an office setting, its page of dossiers and its counts; the search one query; the dossier
     * page its fiche, its payments and its créances (by SQL, not the aggregate: nothing is changed), the
     * créancier's conditions, the two rate tables of the décompte, the first page of its timeline, the
     * documents, the letters and their e-mails.
     */
    @Test
    void theClerksPagesSendAFixedNumberOfStatements() throws Exception {
        verifier("/journee", 1 + 3);
        verifier("/recherche?q=martin", 1 + 1);
        verifier("/dossiers/" + dossier.value(), 1 + 10);
    }

    /** The second time a page is asked (the first may fill a cache); the statements sent are shown if the count is wrong. */
    private void verifier(String page, long attendu) throws Exception {
        mvc.perform(get(page).cookie(clerc)).andExpect(status().isOk());
        CompteurDeRequetes.textes();
        long avant = CompteurDeRequetes.total();
        mvc.perform(get(page).cookie(clerc)).andExpect(status().isOk());
        long envoyees = CompteurDeRequetes.total() - avant;
        assertThat(envoyees).as(page + "\n" + String.join("\n", CompteurDeRequetes.textes())).isEqualTo(attendu);
    }
}
