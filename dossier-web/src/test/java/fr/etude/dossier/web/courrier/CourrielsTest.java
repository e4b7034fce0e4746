package fr.etude.dossier.web.courrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.mail.Multipart;
import jakarta.servlet.http.Cookie;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.web.EtudeDeTest;
import fr.etude.dossier.web.ConnexionDeTest;
import fr.etude.dossier.web.DossierDeTest;

/** A letter sent by e-mail through a real SMTP server (GreenMail): queued, sent with its PDF, retried after a failure. */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class CourrielsTest {

    @RegisterExtension
    static final GreenMailExtension SERVEUR = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clock horloge;

    @Autowired
    ExpeditionDesCourriels expedition;

    private DossierId dossier;

    @BeforeEach
    void uneEtudeEtUnDebiteurJoignableParCourriel() {
        EtudeDeTest.installer(jdbc);
        dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).avecCreanceMiseEnDemeure("1000.00", LocalDate.of(2026, 6, 30))
                .creer();
        jdbc.update("update debiteur set email = 'agnes.roussel@example.fr' where id = (select debiteur_id from dossier_debiteur "
                + "where dossier_id = ? and rang = 1)", dossier.value());
    }

    @AfterEach
    void sansEtudeNiSemestreDeTest() {
        EtudeDeTest.retirer(jdbc);
    }

    @Test
    void theLetterLeavesWithItsPdfAndAFailureIsTriedAgainUntilItGoes() throws Exception {
        Cookie clerc = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(post("/dossiers/{id}/courriers/relance-1", dossier.value()).with(csrf()).cookie(clerc)
                .param("version", String.valueOf(version())).param("parCourriel", "true")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select statut from envoi where dossier_id = ?", String.class, dossier.value()))
                .isEqualTo("A_ENVOYER");

        assertThat(expedition.expedier()).isEqualTo(1);
        MimeMessage[] recus = SERVEUR.getReceivedMessages();
        assertThat(recus).hasSize(1);
        assertThat(recus[0].getSubject()).startsWith("Relance amiable");
        assertThat(recus[0].getAllRecipients()[0].toString()).isEqualTo("agnes.roussel@example.fr");
        assertThat(recus[0].getFrom()[0].toString()).isEqualTo("contact@etude-garnier.fr");
        Multipart parties = (Multipart) recus[0].getContent();
        byte[] pieceJointe = parties.getBodyPart(1).getInputStream().readAllBytes();
        String empreinte = jdbc.queryForObject("select sha256 from courrier where dossier_id = ?", String.class, dossier.value());
        assertThat(ProductionDesCourriers.sha256(pieceJointe)).as("the very PDF that was filed").isEqualTo(empreinte);
        assertThat(jdbc.queryForMap("select statut, tentatives from envoi where dossier_id = ?", dossier.value()))
                .containsEntry("statut", "ENVOYE").containsEntry("tentatives", 1);

        // The server is down: the message waits, with the error, for a later attempt.
        SERVEUR.stop();
        mvc.perform(post("/dossiers/{id}/courriers/attestation-de-solde", dossier.value()).with(csrf()).cookie(clerc)
                .param("version", String.valueOf(version())).param("parCourriel", "true")).andExpect(status().is3xxRedirection());
        expedition.expedier();
        Map<String, Object> enEchec = jdbc.queryForMap("select statut, tentatives, derniere_erreur, prochain_essai > now() - interval '1 year' as plus_tard "
                + "from envoi where dossier_id = ? and statut <> 'ENVOYE'", dossier.value());
        assertThat(enEchec).containsEntry("statut", "A_ENVOYER").containsEntry("tentatives", 1);
        assertThat(enEchec.get("derniere_erreur")).isNotNull();
        assertThat(expedition.expedier()).as("not before its next attempt").isZero();

        SERVEUR.start();
        jdbc.update("update envoi set prochain_essai = prochain_essai - interval '1 hour' where dossier_id = ? and statut = 'A_ENVOYER'",
                dossier.value());
        assertThat(expedition.expedier()).isEqualTo(1);
        assertThat(SERVEUR.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.queryForList("select statut from envoi where dossier_id = ?", String.class, dossier.value()))
                .containsOnly("ENVOYE");
    }

    private long version() {
        return jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier.value());
    }
}
