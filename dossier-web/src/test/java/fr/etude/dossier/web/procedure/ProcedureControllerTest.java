package fr.etude.dossier.web.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
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
import org.springframework.test.web.servlet.ResultActions;

import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.web.ConnexionDeTest;
import fr.etude.dossier.web.DossierDeTest;

/** The commissaire records the acts of an injonction de payer; their deadlines reach his board, and an unlawful act is refused. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ProcedureControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clock horloge;

    private Cookie commissaire;

    @BeforeEach
    void connexion() throws Exception {
        commissaire = ConnexionDeTest.connecter(mvc, "huissier");
    }

    @Test
    void theActsOfAnInjonctionDePayerStartTheirDeadlinesAndTheBoardShowsThem() throws Exception {
        UUID dossier = auContentieux("Procédurier");
        acte(dossier, "ORDONNANCE_INJONCTION_DE_PAYER", "02/11/2026", "00:00", "Tribunal judiciaire de Lyon")
                .andExpect(redirectedUrl("/dossiers/" + dossier + "/procedure"));
        acte(dossier, "SIGNIFICATION_INJONCTION_DE_PAYER", "13/11/2026", "10:15", "Remise à personne")
                .andExpect(redirectedUrl("/dossiers/" + dossier + "/procedure"));

        assertThat(jdbc.queryForList("select nature, echeance, echeance_article, echeance_levee_le from acte where dossier_id = ? "
                + "order by fait_le", dossier)).satisfiesExactly(
                ordonnance -> assertThat(ordonnance).containsEntry("echeance_article", "art. 1411 CPC")
                        .containsEntry("echeance", java.sql.Date.valueOf("2027-02-02"))
                        .containsEntry("echeance_levee_le", java.sql.Date.valueOf("2026-11-13")),
                signification -> assertThat(signification).containsEntry("echeance_article", "art. 1416 CPC")
                        .containsEntry("echeance", java.sql.Date.valueOf("2026-12-14")));
        assertThat(jdbc.queryForObject("select resume from evenement where dossier_id = ? and type = 'ACTE' order by id desc limit 1",
                String.class, dossier)).isEqualTo("Signification de l'ordonnance d'injonction de payer du 13/11/2026 à 10h15 "
                + "(art. 1411 CPC) ; fin du délai d'opposition : la formule exécutoire peut ensuite être demandée (art. 1422 CPC) : "
                + "14/12/2026 (art. 1416 CPC).");

        String tableau = mvc.perform(get("/echeances").cookie(commissaire)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String aVenir = tableau.substring(tableau.indexOf("data-test=\"aVenir\""));
        assertThat(aVenir).contains(reference(dossier), "14/12/2026", "fin du délai d&#39;opposition");
        assertThat(tableau).doesNotContain("signifier l&#39;ordonnance, faute de quoi elle est non avenue</td>\n                <td>Ordonnance portant injonction de payer du 02/11/2026");
    }

    @Test
    void anOrderNeverServedIsOverdueOnTheBoard() throws Exception {
        UUID dossier = auContentieux("Oublié");
        acte(dossier, "ORDONNANCE_INJONCTION_DE_PAYER", "15/04/2026", "00:00", "");

        String tableau = mvc.perform(get("/echeances").cookie(commissaire)).andReturn().getResponse().getContentAsString();
        String depassees = tableau.substring(tableau.indexOf("data-test=\"depassees\""), tableau.indexOf("Cette semaine"));
        assertThat(depassees).contains(reference(dossier), "15/07/2026", "art. 1411 CPC");
    }

    @Test
    void anUnlawfulActOrAWrongFieldIsRefusedInFrenchAndWhatWasTypedStays() throws Exception {
        UUID dossier = auContentieux("Dominical");
        acte(dossier, "ASSIGNATION", "15/11/2026", "10:00", "Devant le tribunal judiciaire")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date de l&#39;acte : aucun acte ne peut être signifié ni exécuté un dimanche "
                        + "(art. 664 CPC, art. L141-1 CPCE) : le 15/11/2026 est un dimanche.")))
                .andExpect(content().string(containsString("Devant le tribunal judiciaire")));
        acte(dossier, "ASSIGNATION", "17/11/2026", "22:30", "")
                .andExpect(content().string(containsString("ni après 21h00 (art. 664 CPC, art. L141-1 CPCE) : 22h30 ne le permet pas.")));
        acte(dossier, "COMMANDEMENT_SAISIE_VENTE", "17/11/2026", "10:00", "")
                .andExpect(content().string(containsString("sans titre exécutoire (art. L111-2 CPCE)")));
        acte(dossier, "PROCES", "32/11/2026", "25:00", "")
                .andExpect(content().string(containsString("« PROCES »")))
                .andExpect(content().string(containsString("« 32/11/2026 »")))
                .andExpect(content().string(containsString("« 25:00 »")));
        assertThat(jdbc.queryForObject("select count(*) from acte where dossier_id = ?", Integer.class, dossier)).isZero();

        Cookie clerc = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(get("/dossiers/{id}/procedure", dossier).cookie(clerc)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-test=\"acte\""))));
        mvc.perform(post("/dossiers/{id}/actes", dossier).with(csrf()).cookie(clerc).param("nature", "ASSIGNATION")
                .param("le", "17/11/2026").param("heure", "10:00").param("version", version(dossier))).andExpect(status().isForbidden());
        mvc.perform(get("/echeances").cookie(clerc)).andExpect(status().isForbidden());
    }

    @Test
    void aTitleRecordedOpensEnforcementAndMovesThePrescriptionToTenYears() throws Exception {
        UUID dossier = auContentieux("Titré");
        UUID creance = jdbc.queryForObject("select id from creance where dossier_id = ?", UUID.class, dossier);
        mvc.perform(post("/dossiers/{id}/titre", dossier).with(csrf()).cookie(commissaire).param("creance", creance.toString())
                        .param("type", "JUGEMENT").param("juridiction", "Tribunal judiciaire de Lyon").param("date", "32/09/2026")
                        .param("version", version(dossier)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("« 32/09/2026 »")))
                .andExpect(content().string(containsString("Tribunal judiciaire de Lyon")));
        mvc.perform(post("/dossiers/{id}/titre", dossier).with(csrf()).cookie(commissaire).param("creance", creance.toString())
                        .param("type", "JUGEMENT").param("juridiction", "Tribunal judiciaire de Lyon").param("date", "01/10/2026")
                        .param("signification", "12/10/2026").param("version", version(dossier)))
                .andExpect(redirectedUrl("/dossiers/" + dossier + "/procedure"));

        assertThat(jdbc.queryForMap("select titre_type, titre_date, titre_signification from creance where id = ?", creance))
                .containsEntry("titre_type", "JUGEMENT").containsEntry("titre_signification", java.sql.Date.valueOf("2026-10-12"));
        acte(dossier, "COMMANDEMENT_SAISIE_VENTE", "17/11/2026", "09:30", "").andExpect(redirectedUrl("/dossiers/" + dossier + "/procedure"));
        mvc.perform(post("/dossiers/{id}/titre", dossier).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "clerc"))
                .param("creance", creance.toString()).param("type", "JUGEMENT").param("juridiction", "TJ").param("date", "01/10/2026")
                .param("version", version(dossier))).andExpect(status().isForbidden());
    }

    @Autowired
    fr.etude.dossier.core.remuneration.BaremesDeSaisie baremes;

    @Autowired
    fr.etude.dossier.core.chiffre.ChiffresDeLaLoi chiffres;

    @Test
    void theProcedurePageGivesTheSeizablePartOfADeclaredSalaryAndTheBalanceABankSeizureLeaves() throws Exception {
        UUID dossier = auContentieux("Salarié");
        java.time.LocalDate aujourdhui = java.time.LocalDate.now(horloge);
        fr.etude.dossier.core.argent.Montant rsa = chiffres.table(fr.etude.dossier.core.chiffre.ChiffreDeLaLoi.RSA_PERSONNE_SEULE)
                .montantLe(aujourdhui);
        var attendue = baremes.table().enVigueurLe(aujourdhui).quotite(fr.etude.dossier.core.argent.Montant.of("2100.00"), 1, rsa);

        mvc.perform(get("/dossiers/{id}/procedure", dossier).cookie(ConnexionDeTest.connecter(mvc, "clerc"))
                        .param("salaire", "2 100,00").param("personnesACharge", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("solde bancaire insaisissable : "
                        + fr.etude.dossier.core.argent.FormatFrancais.euros(rsa))))
                .andExpect(content().string(containsString(fr.etude.dossier.core.argent.FormatFrancais.euros(attendue.mensuelle()))))
                .andExpect(content().string(containsString(fr.etude.dossier.core.argent.FormatFrancais.euros(attendue.laisseeAuDebiteur()))));
        mvc.perform(get("/dossiers/{id}/procedure", dossier).cookie(commissaire).param("salaire", "deux mille")
                        .param("personnesACharge", "25"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("« deux mille »")))
                .andExpect(content().string(containsString("Personnes à charge : ")))
                .andExpect(content().string(not(containsString("data-test=\"quotite\""))));
    }

    private ResultActions acte(UUID dossier, String nature, String le, String heure, String precisions) throws Exception {
        return mvc.perform(post("/dossiers/{id}/actes", dossier).with(csrf()).cookie(commissaire).param("nature", nature)
                .param("le", le).param("heure", heure).param("precisions", precisions).param("version", version(dossier)));
    }

    private UUID auContentieux(String debiteur) {
        return DossierDeTest.unDossier(dossiers, jdbc, horloge).contre(debiteur, "69003").alEtape(Etape.CONTENTIEUX).creer().value();
    }

    private String reference(UUID dossier) {
        return jdbc.queryForObject("select reference from dossier where id = ?", String.class, dossier);
    }

    private String version(UUID dossier) {
        return String.valueOf(jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier));
    }
}
