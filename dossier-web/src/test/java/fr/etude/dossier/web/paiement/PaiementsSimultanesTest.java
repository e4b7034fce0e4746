package fr.etude.dossier.web.paiement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.web.ConnexionDeTest;
import fr.etude.dossier.web.DossierDeTest;

/** Clerks who post the same payment form at the same moment: one payment, a French conflict for the others. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class PaiementsSimultanesTest {

    private static final int ENVOIS = 24;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clock horloge;

    @Test
    void paymentsPostedAtOnceOnOnePageRecordOneAndAnswerTheOthersWithTheConflictNeverA500() throws Exception {
        DossierId dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).dePrincipal("900.00").creer();
        String version = String.valueOf(jdbc.queryForObject("select version from dossier where id = ?", Long.class,
                dossier.value()));
        List<Cookie> sessions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sessions.add(ConnexionDeTest.connecter(mvc, "clerc"));
        }
        ExecutorService envoi = Executors.newFixedThreadPool(6);
        CountDownLatch depart = new CountDownLatch(1);
        List<Future<MockHttpServletResponse>> reponses = new ArrayList<>();
        try {
            for (int i = 0; i < ENVOIS; i++) {
                Cookie session = sessions.get(i % sessions.size());
                reponses.add(envoi.submit(() -> {
                    depart.await();
                    return mvc.perform(post("/dossiers/{id}/paiements", dossier.value()).with(csrf()).cookie(session)
                            .param("montant", "10").param("date", FormatFrancais.date(LocalDate.now(horloge)))
                            .param("mode", "VIREMENT").param("version", version)).andReturn().getResponse();
                }));
            }
            depart.countDown();
            int enregistres = 0;
            int conflits = 0;
            for (Future<MockHttpServletResponse> reponse : reponses) {
                MockHttpServletResponse recue = reponse.get(60, TimeUnit.SECONDS);
                assertThat(recue.getStatus()).as("no foreseeable case is a 500").isLessThan(500);
                if (recue.getStatus() == 302) {
                    enregistres++;
                } else if (recue.getContentAsString().contains("pendant que vous travailliez")) {
                    conflits++;
                }
            }
            assertThat(enregistres).isEqualTo(1);
            assertThat(conflits).isEqualTo(ENVOIS - 1);
        } finally {
            envoi.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from paiement where dossier_id = ?", Integer.class, dossier.value()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select solde from dossier where id = ?", BigDecimal.class, dossier.value()))
                .isEqualByComparingTo("890.00");
    }
}
