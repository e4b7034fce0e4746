package fr.etude.dossier.web.reclamation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
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

import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.web.ConnexionDeTest;
import fr.etude.dossier.web.DossierDeTest;

/** A complaint from receipt to answer: the dossier held meanwhile, each step checked and in the timeline. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ReclamationsControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clock horloge;

    private UUID dossier;
    private Cookie clerc;

    @BeforeEach
    void unDossierAuPrecontentieux() throws Exception {
        dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("Réclamant", "69003").alEtape(Etape.PRECONTENTIEUX)
                .creer().value();
        clerc = ConnexionDeTest.connecter(mvc, "clerc");
    }

    @Test
    void aComplaintHoldsTheDossierUntilItIsAnsweredAndEachStepIsInTheTimeline() throws Exception {
        mvc.perform(post("/dossiers/{id}/reclamations", dossier).with(csrf()).cookie(clerc)
                        .param("recueLe", "05/11/2026").param("objet", "Conteste les frais de relance.").param("version", version()))
                .andExpect(redirectedUrl("/dossiers/" + dossier + "/reclamations"))
                .andExpect(flash().attribute("message", "Réclamation enregistrée : le recouvrement est suspendu jusqu'à la réponse."));
        UUID reclamation = jdbc.queryForObject("select id from reclamation where dossier_id = ?", UUID.class, dossier);
        assertThat(jdbc.queryForObject("select reclamation_ouverte from dossier where id = ?", Boolean.class, dossier)).isTrue();
        assertThat(jdbc.queryForObject("select echeance from reclamation where id = ?", LocalDate.class, reclamation))
                .as("30 days, the office's setting").isEqualTo(LocalDate.of(2026, 12, 5));

        mvc.perform(post("/dossiers/{id}/escalade", dossier).with(csrf()).cookie(clerc)
                        .param("justification", "Relances sans effet").param("version", version()))
                .andExpect(flash().attribute("alerte", "Passage refusé : réclamation ouverte."));
        mvc.perform(get("/escalades").cookie(ConnexionDeTest.connecter(mvc, "huissier")))
                .andExpect(content().string(containsString("Conteste les frais de relance.")))
                .andExpect(content().string(containsString("15 jours")));

        mvc.perform(get("/dossiers/{id}/reclamations", dossier).cookie(clerc))
                .andExpect(content().string(containsString("Réponse due le 05/12/2026")))
                .andExpect(content().string(containsString("/dossiers/" + dossier + "/courriers/accuse-reclamation")));
        etape(reclamation, "accuse", "le", "06/11/2026").andExpect(flash().attribute("message", "Réception accusée."));
        etape(reclamation, "analyse", "texte", "Les frais de relance ne sont pas dus sans titre (art. L111-8 CPCE).")
                .andExpect(flash().attribute("message", "Analyse enregistrée."));
        mvc.perform(post("/dossiers/{id}/reclamations/{r}/reponse", dossier, reclamation).with(csrf()).cookie(clerc)
                        .param("texte", "Les frais sont retirés ; un décompte rectifié vous est adressé.").param("le", "19/11/2026")
                        .param("version", version()))
                .andExpect(flash().attribute("message", "Réponse enregistrée."));

        assertThat(jdbc.queryForObject("select statut from reclamation where id = ?", String.class, reclamation)).isEqualTo("REPONDUE");
        assertThat(jdbc.queryForObject("select reclamation_ouverte from dossier where id = ?", Boolean.class, dossier)).isFalse();
        assertThat(jdbc.queryForList("select resume from evenement where dossier_id = ? and type in ('RECLAMATION', 'LEVEE_BLOCAGE') "
                + "order by id", String.class, dossier)).containsExactly(
                "Réclamation reçue le 05/11/2026 : Conteste les frais de relance.",
                "Réception de la réclamation du 05/11/2026 accusée le 06/11/2026.",
                "Réclamation du 05/11/2026 analysée.",
                "Réponse du 19/11/2026 à la réclamation du 05/11/2026.",
                "Blocage levé : réclamation du débiteur en cours de traitement.");
        mvc.perform(get("/escalades").cookie(ConnexionDeTest.connecter(mvc, "huissier")))
                .andExpect(content().string(not(containsString("Conteste les frais de relance."))));
    }

    @Test
    void wrongInputIsNamedInFrenchWhatWasTypedStaysAndNothingIsSaved() throws Exception {
        mvc.perform(post("/dossiers/{id}/reclamations", dossier).with(csrf()).cookie(clerc)
                        .param("recueLe", "02/12/2026").param("objet", "Conteste tout").param("version", version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reçue le : la réclamation ne peut avoir été reçue après aujourd&#39;hui (20/11/2026).")))
                .andExpect(content().string(containsString("Conteste tout")));
        mvc.perform(post("/dossiers/{id}/reclamations", dossier).with(csrf()).cookie(clerc)
                        .param("recueLe", "31/11/2026").param("objet", " ").param("version", version()))
                .andExpect(content().string(containsString("« 31/11/2026 »")))
                .andExpect(content().string(containsString("Objet de la réclamation : ce champ est obligatoire.")));
        mvc.perform(post("/dossiers/{id}/reclamations", dossier).with(csrf()).cookie(clerc)
                        .param("recueLe", "05/11/2026").param("objet", "x".repeat(4001)).param("version", version()))
                .andExpect(content().string(containsString("Objet de la réclamation : ")));
        assertThat(jdbc.queryForObject("select count(*) from reclamation where dossier_id = ?", Integer.class, dossier)).isZero();

        mvc.perform(post("/dossiers/{id}/reclamations", dossier).with(csrf()).cookie(clerc)
                .param("recueLe", "05/11/2026").param("objet", "Conteste les intérêts").param("version", version()));
        UUID reclamation = jdbc.queryForObject("select id from reclamation where dossier_id = ?", UUID.class, dossier);

        mvc.perform(post("/dossiers/{id}/reclamations/{r}/reponse", dossier, reclamation).with(csrf()).cookie(clerc)
                        .param("texte", "Réponse trop tôt").param("le", "19/11/2026").param("version", version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La réclamation du 05/11/2026 est reçue : impossible d&#39;y répondre maintenant.")));
        etape(reclamation, "accuse", "le", "01/11/2026").andExpect(status().isOk())
                .andExpect(content().string(containsString("Date : la date ne peut précéder la réception de la réclamation (05/11/2026).")))
                .andExpect(content().string(containsString("value=\"01/11/2026\"")));
        etape(reclamation, "accuse", "le", "").andExpect(content().string(containsString("Date : ce champ est obligatoire.")));
        mvc.perform(post("/dossiers/{id}/reclamations/{r}/accuse", dossier, reclamation).with(csrf()).cookie(clerc)
                        .param("le", "06/11/2026").param("version", String.valueOf(Long.parseLong(version()) - 1)))
                .andExpect(content().string(containsString("pendant que vous travailliez")));
        assertThat(jdbc.queryForObject("select statut from reclamation where id = ?", String.class, reclamation)).isEqualTo("RECUE");

        etape(UUID.randomUUID(), "accuse", "le", "06/11/2026").andExpect(status().isNotFound());
        UUID autre = DossierDeTest.unDossier(dossiers, jdbc, horloge).creer().value();
        mvc.perform(post("/dossiers/{id}/reclamations/{r}/accuse", autre, reclamation).with(csrf()).cookie(clerc)
                        .param("le", "06/11/2026").param("version", String.valueOf(jdbc.queryForObject(
                                "select version from dossier where id = ?", Long.class, autre))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/{id}/reclamations", dossier).cookie(ConnexionDeTest.connecter(mvc, "creancier")))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions etape(UUID reclamation, String etape, String champ, String valeur)
            throws Exception {
        return mvc.perform(post("/dossiers/{id}/reclamations/{r}/" + etape, dossier, reclamation).with(csrf()).cookie(clerc)
                .param(champ, valeur).param("version", version()));
    }

    private String version() {
        return String.valueOf(jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier));
    }
}
