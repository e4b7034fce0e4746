package fr.etude.dossier.web.portefeuille;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.MotifCloture;
import fr.etude.dossier.core.paiement.ModePaiement;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.web.ConnexionDeTest;
import fr.etude.dossier.web.DossierDeTest;
import fr.etude.dossier.web.EtudeDeTest;

/**
 * The creditor's weekly summary (art. R124-5 CPCE): asked for on its portal, made once a week through
 * the e-mail queue with the week's payments, proposals, stage changes and closings of its own dossiers
 * only, never twice for the same week, nothing when nothing happened.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
        "dossier.portail.adresse=https://dossier.etude-garnier.fr/"})
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ResumeDeLaSemaineTest {

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
    EnvoiDesResumes envoiDesResumes;

    @Autowired
    ApplicationContext contexte;

    private UUID utilisateurA;
    private UUID utilisateurB;
    private String referenceA;
    private String referenceCloseA;
    private String referenceB;

    @BeforeEach
    void deuxCreanciersAbonnesEtLeurSemaine() {
        EtudeDeTest.installer(jdbc);
        String suffixe = UUID.randomUUID().toString().substring(0, 8);
        UUID creancierA = creancier("Résumé A " + suffixe);
        UUID creancierB = creancier("Résumé B " + suffixe);
        utilisateurA = creancierUtilisateur("resume-a-" + suffixe, "Banque A", creancierA);
        utilisateurB = creancierUtilisateur("resume-b-" + suffixe, "Banque B", creancierB);
        abonner(utilisateurA, "compta-a-" + suffixe + "@example.fr");
        abonner(utilisateurB, "compta-b-" + suffixe + "@example.fr");

        LocalDate aujourdhui = LocalDate.now(horloge);
        DossierId dossierA = DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("Resumea", "69003")
                .dePrincipal("5000.00").creer();
        DossierId closA = DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("Closa", "69003")
                .clos(MotifCloture.IRRECOUVRABLE).creer();
        DossierId dossierB = DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("Resumeb", "69003")
                .dePrincipal("5000.00").creer();
        jdbc.update("update dossier set creancier_id = ? where id in (?, ?)", creancierA, dossierA.value(), closA.value());
        jdbc.update("update dossier set creancier_id = ? where id = ?", creancierB, dossierB.value());
        referenceA = reference(dossierA);
        referenceCloseA = reference(closA);
        referenceB = reference(dossierB);

        encaisser(dossierA, aujourdhui.minusDays(2), "1234.56");
        encaisser(dossierA, aujourdhui.minusDays(1), "65.44");
        encaisser(dossierB, aujourdhui.minusDays(1), "777.77");
        evenement(dossierA, "PROMESSE", 2, "Promesse de paiement de 300,00 € pour le 30/11/2026.");
        evenement(dossierA, "SOLUTION", 1, "Solution négociée le 19/11/2026 : échelonnement.");
        evenement(dossierA, "NOTE", 1, "Note interne : débiteur fragile, ne pas insister");
        evenement(dossierA, "APPEL", 1, "Appel sortant : parle de sa maladie");
        evenement(dossierA, "CHANGEMENT_ETAPE", 1, "Étape amiable → amiable personnalisé : justification interne");
        evenement(closA, "CLOTURE", 0, "Dossier clos : irrécouvrable (commentaire interne).");
        evenement(dossierB, "PROMESSE", 1, "Promesse de paiement de 999,99 € pour le 01/12/2026.");
        // Last month: before the week, never in its summary.
        evenement(dossierA, "PROMESSE", 20, "Promesse de paiement de 111,11 € pour le 01/11/2026.");
    }

    @AfterEach
    void sansAbonnesNiMessagesEnAttenteNiEtude() {
        // The queue is every test's: a message left waiting here would be sent by another test's pass.
        for (UUID utilisateur : List.of(utilisateurA, utilisateurB)) {
            jdbc.update("delete from resume_hebdomadaire where utilisateur_id = ?", utilisateur);
            jdbc.update("delete from envoi where destinataire = ? and statut = 'A_ENVOYER'", courriel(utilisateur));
        }
        jdbc.update("update avis_hebdomadaire set abonne = false where utilisateur_id in (?, ?)", utilisateurA, utilisateurB);
        EtudeDeTest.retirer(jdbc);
    }

    @Test
    void theCreditorReceivesItsWeekWithItsPaymentsProposalsAndTotalsAndNothingOfAnotherCreditor() throws Exception {
        envoiDesResumes.envoyer();
        Object expedition = contexte.getBean("expeditionDesCourriels");
        // Other tests' messages may wait in the same queue: every pass until it is empty.
        while (ReflectionTestUtils.<Integer>invokeMethod(expedition, "expedier") > 0) {
            continue;
        }

        MimeMessage pourA = recu(courriel(utilisateurA));
        String texte = partie(pourA, "text/plain");
        String html = partie(pourA, "text/html");
        LocalDate aujourdhui = LocalDate.now(horloge);
        assertThat(pourA.getSubject()).isEqualTo("Vos dossiers du " + jour(aujourdhui.minusDays(7)) + " au " + jour(aujourdhui)
                + " : résumé de la semaine");
        assertThat(pourA.getFrom()[0].toString()).isEqualTo("contact@etude-garnier.fr");
        assertThat(texte).contains("Bonjour Banque A,")
                .contains("PAIEMENTS REÇUS : 2, pour un total de 1\u202f300,00\u00a0€")
                .contains("- " + referenceA + ", Resumea Agnès : 1\u202f234,56\u00a0€ le " + jour(aujourdhui.minusDays(2)))
                .contains("- " + referenceA + ", Resumea Agnès : 65,44\u00a0€ le " + jour(aujourdhui.minusDays(1)))
                .contains("PROPOSITIONS DES DÉBITEURS (promesses, échéanciers, solutions négociées) : 2")
                .contains("Promesse de paiement de 300,00 € pour le 30/11/2026.")
                .contains("Solution négociée le 19/11/2026 : échelonnement.")
                .contains("CHANGEMENTS D'ÉTAPE : 1")
                .contains("- " + referenceA + ", Resumea Agnès, le " + jour(aujourdhui.minusDays(1)) + " : désormais à l'étape « ")
                .contains("DOSSIERS CLOS : 1")
                .contains("- " + referenceCloseA + ", Closa Agnès, le " + jour(aujourdhui) + " : irrécouvrable")
                .contains("https://dossier.etude-garnier.fr/portefeuille", "https://dossier.etude-garnier.fr/portefeuille/avis")
                .contains("Étude Garnier, commissaires de justice");
        assertThat(html).contains("1\u202f300,00\u00a0€", referenceA, "https://dossier.etude-garnier.fr/portefeuille");
        for (String partie : List.of(texte, html)) {
            assertThat(partie).as("another créancier's data and the office's own words")
                    .doesNotContain(referenceB, "Resumeb", "777,77", "999,99", "Note interne", "maladie", "justification interne",
                            "commentaire interne", "111,11");
        }

        String texteB = partie(recu(courriel(utilisateurB)), "text/plain");
        assertThat(texteB).contains("PAIEMENTS REÇUS : 1, pour un total de 777,77\u00a0€", referenceB, "999,99")
                .doesNotContain(referenceA, referenceCloseA, "Resumea", "1\u202f234,56", "300,00");
    }

    @Test
    void aSecondRunTheSameWeekQueuesNothingMore() {
        Map<ResumesDeLaSemaine.Issue, Integer> premier = envoiDesResumes.envoyer();
        Map<ResumesDeLaSemaine.Issue, Integer> second = envoiDesResumes.envoyer();

        assertThat(premier.get(ResumesDeLaSemaine.Issue.EN_FILE)).isGreaterThanOrEqualTo(2);
        assertThat(second).doesNotContainKey(ResumesDeLaSemaine.Issue.EN_FILE);
        for (UUID utilisateur : List.of(utilisateurA, utilisateurB)) {
            assertThat(jdbc.queryForObject("select count(*) from envoi where destinataire = ?", Integer.class, courriel(utilisateur)))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from resume_hebdomadaire where utilisateur_id = ?", Integer.class,
                    utilisateur)).isEqualTo(1);
        }
    }

    @Test
    void theAdministratorReadsAWaitingSummaryInTheOutboxAsText() throws Exception {
        envoiDesResumes.envoyer();
        UUID envoi = jdbc.queryForObject("select envoi_id from resume_hebdomadaire where utilisateur_id = ?", UUID.class, utilisateurA);
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");

        assertThat(mvc.perform(get("/admin/courriels").cookie(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("/admin/courriels/" + envoi + "/texte");
        assertThat(mvc.perform(get("/admin/courriels/{id}/texte", envoi).cookie(admin)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Bonjour Banque A,", referenceA);
        mvc.perform(get("/admin/courriels/{id}/piece-jointe", envoi).cookie(admin)).andExpect(status().isNotFound());
    }

    @Test
    void aWeekWithNothingNewSendsNothing() {
        UUID creancier = creancier("Résumé vide " + UUID.randomUUID().toString().substring(0, 8));
        UUID calme = creancierUtilisateur("resume-vide-" + UUID.randomUUID().toString().substring(0, 8), "Banque calme", creancier);
        abonner(calme, "calme@example.fr");
        try {
            envoiDesResumes.envoyer();
            assertThat(jdbc.queryForObject("select count(*) from envoi where destinataire = 'calme@example.fr'", Integer.class))
                    .isZero();
            assertThat(jdbc.queryForObject("select envoi_id is null from resume_hebdomadaire where utilisateur_id = ?",
                    Boolean.class, calme)).isTrue();
        } finally {
            jdbc.update("update avis_hebdomadaire set abonne = false where utilisateur_id = ?", calme);
        }
    }

    @Test
    void theCreditorAsksForTheSummaryOnItsPageWithAnAddressThatIsOneAndCanStopIt() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "creancier");
        UUID moi = jdbc.queryForObject("select id from utilisateur where identifiant = 'creancier'", UUID.class);
        try {
            assertThat(mvc.perform(get("/portefeuille").cookie(session)).andReturn().getResponse().getContentAsString())
                    .contains("href=\"/portefeuille/avis\"");
            assertThat(mvc.perform(get("/portefeuille/avis").cookie(session)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString()).contains("Recevoir le résumé de la semaine");

            assertThat(mvc.perform(post("/portefeuille/avis").with(csrf()).cookie(session).param("abonne", "true")
                    .param("courriel", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                    .contains("Adresse e-mail : indiquez l&#39;adresse à laquelle envoyer le résumé de la semaine.");
            assertThat(mvc.perform(post("/portefeuille/avis").with(csrf()).cookie(session).param("abonne", "true")
                    .param("courriel", "compta chez banque")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString()).contains("n&#39;est pas une adresse e-mail valide");
            assertThat(mvc.perform(post("/portefeuille/avis").with(csrf()).cookie(session).param("abonne", "true")
                    .param("courriel", "a".repeat(250) + "@example.fr")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString()).contains("Adresse e-mail : 254 caractères au plus.");
            assertThat(jdbc.queryForObject("select count(*) from avis_hebdomadaire where utilisateur_id = ?", Integer.class, moi))
                    .as("nothing saved when refused").isZero();

            mvc.perform(post("/portefeuille/avis").with(csrf()).cookie(session).param("abonne", "true")
                            .param("courriel", " Compta@Banque.example.fr "))
                    .andExpect(redirectedUrl("/portefeuille/avis"))
                    .andExpect(flash().attribute("message", "Le résumé de la semaine sera envoyé chaque lundi à compta@banque.example.fr."));
            assertThat(jdbc.queryForMap("select abonne, courriel from avis_hebdomadaire where utilisateur_id = ?", moi))
                    .containsEntry("abonne", true).containsEntry("courriel", "compta@banque.example.fr");
            assertThat(jdbc.queryForObject("select count(*) from journal_audit where entite = 'avis_hebdomadaire' and entite_id = ?"
                    + " and action = 'RESUME_DEMANDE'", Integer.class, moi.toString())).isEqualTo(1);

            mvc.perform(post("/portefeuille/avis").with(csrf()).cookie(session).param("courriel", "compta@banque.example.fr"))
                    .andExpect(flash().attribute("message", "Vous ne recevrez plus le résumé de la semaine."));
            assertThat(jdbc.queryForObject("select abonne from avis_hebdomadaire where utilisateur_id = ?", Boolean.class, moi))
                    .isFalse();

            mvc.perform(get("/portefeuille/avis").cookie(ConnexionDeTest.connecter(mvc, "clerc"))).andExpect(status().isForbidden());
        } finally {
            jdbc.update("update avis_hebdomadaire set abonne = false where utilisateur_id = ?", moi);
        }
    }

    private UUID creancier(String nom) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into creancier (id, raison_sociale) values (?, ?)", id, nom);
        return id;
    }

    private UUID creancierUtilisateur(String identifiant, String nom, UUID creancier) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into utilisateur (id, identifiant, mot_de_passe, nom_affiche, role, creancier_id, actif)
                values (?, ?, '{noop}inutilise', ?, 'CREDITOR', ?, true)
                """, id, identifiant, nom, creancier);
        return id;
    }

    private void abonner(UUID utilisateur, String courriel) {
        jdbc.update("insert into avis_hebdomadaire (utilisateur_id, abonne, courriel, modifie_le) values (?, true, ?, now())",
                utilisateur, courriel);
    }

    private String courriel(UUID utilisateur) {
        return jdbc.queryForObject("select courriel from avis_hebdomadaire where utilisateur_id = ?", String.class, utilisateur);
    }

    private String reference(DossierId dossier) {
        return jdbc.queryForObject("select reference from dossier where id = ?", String.class, dossier.value());
    }

    private void encaisser(DossierId id, LocalDate le, String montant) {
        Dossier dossier = dossiers.parId(id).orElseThrow();
        Auteur clerc = new Auteur(new UtilisateurId(jdbc.queryForObject("select id from utilisateur where identifiant = 'clerc'",
                UUID.class)), "Claire Moreau");
        dossier.encaisser(new Dossier.PaiementRecu(le, Montant.of(montant), ModePaiement.VIREMENT, "", false),
                LocalDate.now(horloge), clerc, horloge.instant());
        dossiers.enregistrer(dossier);
    }

    /** A timeline entry written {@code joursAvant} days before now, the hour kept. */
    private void evenement(DossierId dossier, String type, int joursAvant, String resume) {
        jdbc.update("insert into evenement (dossier_id, type, moment, auteur_nom, resume) values (?, ?, ?, 'Claire Moreau', ?)",
                dossier.value(), type, horloge.instant().minus(java.time.Duration.ofDays(joursAvant)).atOffset(ZoneOffset.UTC), resume);
    }

    private static MimeMessage recu(String destinataire) {
        Optional<MimeMessage> message = Arrays.stream(SERVEUR.getReceivedMessages()).filter(recu -> {
            try {
                return recu.getAllRecipients()[0].toString().equals(destinataire);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst();
        assertThat(message).as("a message to " + destinataire).isPresent();
        return message.get();
    }

    /** The part of that type, wherever the multipart nests it. */
    private static String partie(MimeMessage message, String type) throws Exception {
        return trouver(message.getContent(), type).orElseThrow(() -> new AssertionError("no " + type + " part"));
    }

    private static Optional<String> trouver(Object contenu, String type) throws Exception {
        if (contenu instanceof Multipart parties) {
            for (int i = 0; i < parties.getCount(); i++) {
                BodyPart partie = parties.getBodyPart(i);
                if (partie.isMimeType(type)) {
                    return Optional.of((String) partie.getContent());
                }
                Optional<String> dedans = trouver(partie.getContent(), type);
                if (dedans.isPresent()) {
                    return dedans;
                }
            }
        }
        return Optional.empty();
    }

    private static String jour(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
