package fr.etude.dossier.web.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.calendrier.JoursFeries;
import fr.etude.dossier.web.DossierDeTest;
import fr.etude.dossier.web.ConnexionDeTest;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ContactControllerTest {


    @Autowired
    fr.etude.dossier.core.dossier.Dossiers dossiers;

    @Autowired
    java.time.Clock horloge;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private UUID dossier;
    private long version;
    /** The last working Friday and the last Sunday before the test clock's day. */
    private LocalDate vendredi;
    private LocalDate dimanche;
    private String VENDREDI;
    private String DIMANCHE;

    @BeforeEach
    void unDossierOuvertSansContact() {
        Map<String, Object> ligne = jdbc.queryForMap("select id, version from dossier where id = ?",
                DossierDeTest.unDossier(dossiers, jdbc, horloge).creer().value());
        dossier = (UUID) ligne.get("id");
        version = (Long) ligne.get("version");
        LocalDate aujourdhui = LocalDate.now(horloge);
        vendredi = aujourdhui.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
        while (JoursFeries.estFerie(vendredi, false)) {
            vendredi = vendredi.minusWeeks(1);
        }
        dimanche = aujourdhui.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        VENDREDI = FormatFrancais.date(vendredi);
        DIMANCHE = FormatFrancais.date(dimanche);
    }

    @Test
    void theClerkLogsACallWithAPromiseAndTheNextAction() throws Exception {
        mvc.perform(appel(VENDREDI, "10:15").param("issue", "PROMESSE").param("promesseDate", FormatFrancais.date(vendredi.plusDays(10)))
                        .param("promesseMontant", "1 250,50").param("numero", "06 12 34 56 78")
                        .param("prochaineDate", FormatFrancais.date(vendredi.plusDays(11))).param("prochaineType", "RAPPEL_PROMESSE")
                        .cookie(ConnexionDeTest.connecter(mvc, "clerc")))
                .andExpect(redirectedUrl("/dossiers/" + dossier))
                .andExpect(flash().attribute("message", "Contact consigné."));

        assertThat(jdbc.queryForObject("select count(*) from contact where dossier_id = ? and conversation", Integer.class, dossier))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select montant from promesse where dossier_id = ?", java.math.BigDecimal.class, dossier))
                .isEqualByComparingTo("1250.50");
        assertThat(jdbc.queryForMap("select prochaine_action_le, prochaine_action from dossier where id = ?", dossier))
                .containsEntry("prochaine_action", "RAPPEL_PROMESSE");
        assertThat(jdbc.queryForList("select resume from evenement where dossier_id = ? and type in ('APPEL', 'PROMESSE') and auteur_nom = 'Claire Moreau' order by id",
                String.class, dossier)).containsExactly(
                "Appel sortant au 06 12 34 56 78 : promesse de paiement.",
                "Promesse de paiement de 1\u202f250,50\u00a0€ pour le " + FormatFrancais.date(vendredi.plusDays(10)) + ".");
    }

    @Test
    void clerkCannotCallOnSundayAndNothingIsRecorded() throws Exception {
        mvc.perform(appel(DIMANCHE, "10:00").param("issue", "MESSAGERIE").cookie(ConnexionDeTest.connecter(mvc, "clerc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pas d&#39;appel ni de visite le dimanche.")))
                .andExpect(content().string(containsString("Seul le commissaire de justice peut y déroger")));

        assertThat(jdbc.queryForObject("select count(*) from contact where dossier_id = ?", Integer.class, dossier)).isZero();
    }

    @Test
    void wrongValuesAreRefusedFieldByFieldAndKeptAsTyped() throws Exception {
        mvc.perform(appel("32/13/2026", "25h99").param("issue", "PROMESSE").param("promesseDate", "demain")
                        .param("promesseMontant", "mille euros").cookie(ConnexionDeTest.connecter(mvc, "clerc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("« 32/13/2026 » n&#39;est pas une date jj/mm/aaaa")))
                .andExpect(content().string(containsString("« 25h99 » n&#39;est pas une heure hh:mm")))
                .andExpect(content().string(containsString("« mille euros » n&#39;est pas un montant")))
                .andExpect(content().string(containsString("value=\"mille euros\"")));
    }

    @Test
    void aFormFromBeforeSomeoneElsesChangeIsAConflictNotAnOverwrite() throws Exception {
        mvc.perform(post("/dossiers/{id}/contacts", dossier).with(csrf()).param("canal", "APPEL").param("date", VENDREDI)
                        .param("heure", "10:15").param("issue", "MESSAGERIE").param("version", String.valueOf(version + 7))
                        .cookie(ConnexionDeTest.connecter(mvc, "clerc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a été modifié par quelqu&#39;un d&#39;autre")));
    }

    @Test
    void onlyTheCommissaireMayOverrideAndTheOverrideIsAudited() throws Exception {
        mvc.perform(appel(DIMANCHE, "10:00").param("issue", "JOINT").param("derogation", "Le débiteur a exigé ce créneau.")
                        .cookie(ConnexionDeTest.connecter(mvc, "clerc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seul le commissaire de justice peut déroger")));

        mvc.perform(appel(DIMANCHE, "10:00").param("issue", "JOINT")
                        .param("derogation", "Le débiteur, hospitalisé la semaine, a demandé ce créneau par écrit.")
                        .cookie(ConnexionDeTest.connecter(mvc, "huissier")))
                .andExpect(redirectedUrl("/dossiers/" + dossier));

        assertThat(jdbc.queryForObject("select derogation_motif from contact where dossier_id = ?", String.class, dossier))
                .startsWith("Le débiteur, hospitalisé");
        assertThat(jdbc.queryForObject("""
                select count(*) from journal_audit a join contact c on a.entite_id = c.id::text
                 where c.dossier_id = ? and a.action = 'CONTACT_AVEC_DEROGATION'
                """, Integer.class, dossier)).isEqualTo(1);
    }

    @Test
    void aContestationPutsTheDossierOnHold() throws Exception {
        mvc.perform(appel(VENDREDI, "11:00").param("issue", "CONTESTATION").param("commentaire", "Conteste avoir reçu la marchandise.")
                        .cookie(ConnexionDeTest.connecter(mvc, "clerc")))
                .andExpect(redirectedUrl("/dossiers/" + dossier));

        assertThat(jdbc.queryForList("select blocage from dossier_blocage where dossier_id = ?", String.class, dossier))
                .containsExactly("CONTESTATION");
    }

    @Test
    void aContactIsLoggedOnceItHappenedNotBefore() throws Exception {
        String demain = FormatFrancais.date(LocalDate.now(horloge).plusDays(1));
        mvc.perform(appel(demain, "10:00").param("issue", "JOINT").cookie(ConnexionDeTest.connecter(mvc, "clerc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("n&#39;a pas encore eu lieu : on consigne un contact passé.")));
        assertThat(jdbc.queryForObject("select count(*) from contact where dossier_id = ?", Integer.class, dossier)).isZero();
    }

    @Test
    void aPromiseBeyondTheHorizonIsAPlanToNegotiate() throws Exception {
        String lointaine = FormatFrancais.date(vendredi.plusYears(2));
        mvc.perform(appel(VENDREDI, "10:15").param("issue", "PROMESSE").param("promesseDate", lointaine)
                        .param("promesseMontant", "100").cookie(ConnexionDeTest.connecter(mvc, "clerc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("une promesse aussi lointaine se négocie en échéancier")))
                .andExpect(content().string(containsString("value=\"" + lointaine + "\"")));
        assertThat(jdbc.queryForObject("select count(*) from promesse where dossier_id = ?", Integer.class, dossier)).isZero();
    }

    @Test
    void aTooLongLetterNameIsNamedAndKeptAsTyped() throws Exception {
        String modele = "relance ".repeat(8);
        mvc.perform(post("/dossiers/{id}/contacts", dossier).with(csrf()).param("canal", "COURRIER").param("date", VENDREDI)
                        .param("heure", "10:15").param("modele", modele).param("version", String.valueOf(version))
                        .cookie(ConnexionDeTest.connecter(mvc, "clerc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Courrier ou e-mail envoyé : 60 caractères au plus.")))
                .andExpect(content().string(containsString(modele.strip())));
    }

    @Test
    void aCreditorCannotLogContacts() throws Exception {
        mvc.perform(get("/dossiers/{id}/contacts/nouveau", dossier).cookie(ConnexionDeTest.connecter(mvc, "creancier")))
                .andExpect(status().isForbidden());
        mvc.perform(appel(VENDREDI, "10:00").param("issue", "JOINT").cookie(ConnexionDeTest.connecter(mvc, "creancier")))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder appel(String date, String heure) {
        return post("/dossiers/{id}/contacts", dossier).with(csrf()).param("canal", "APPEL").param("date", date)
                .param("heure", heure).param("version", String.valueOf(version));
    }

}
