package fr.etude.dossier.web.courrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
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
import fr.etude.dossier.web.EtudeDeTest;
import fr.etude.dossier.web.ConnexionDeTest;
import fr.etude.dossier.web.DossierDeTest;

/** A batch of letters: every dossier due gets its letter, a letter that cannot be made is reported, none twice, one PDF to print. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class PublipostageTest {

    private static final String CLERC = "clerc.publipostage";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clock horloge;

    @Autowired
    TraitementDesPublipostages traitement;

    private List<DossierId> aRelancer;

    @BeforeEach
    void troisDossiersDontLaProchaineActionEstUnCourrier() {
        EtudeDeTest.installer(jdbc);
        jdbc.update("""
                insert into utilisateur (id, identifiant, mot_de_passe, nom_affiche, role, actif)
                select gen_random_uuid(), ?, mot_de_passe, 'Clerc du publipostage', 'CLERK', true from utilisateur where identifiant = 'clerc'
                on conflict (identifiant) do nothing
                """, CLERC);
        aRelancer = List.of(dossier("Martin"), dossier("Bernard"), dossier("Sans-Adresse"));
        for (DossierId dossier : aRelancer) {
            jdbc.update("update dossier set prochaine_action = 'COURRIER', prochaine_action_le = '2026-11-19' where id = ?",
                    dossier.value());
        }
        jdbc.update("update debiteur set adresse = null, code_postal = null, ville = null where nom = 'Sans-Adresse'");
    }

    @AfterEach
    void sansEtudeNiSemestreDeTest() {
        EtudeDeTest.retirer(jdbc);
        jdbc.update("update dossier set prochaine_action = 'REVUE' where gestionnaire_id = (select id from utilisateur where identifiant = ?)",
                CLERC);
    }

    @Test
    void everyDueDossierGetsItsLetterOnceAFailureIsReportedAndOnePdfPrintsThemAll() throws Exception {
        Cookie clerc = ConnexionDeTest.connecter(mvc, CLERC, "demo");
        String suivi = mvc.perform(post("/publipostages").with(csrf()).cookie(clerc).param("modele", "RELANCE_1")
                        .param("action", "COURRIER").param("au", "20/11/2026"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID lot = UUID.fromString(suivi.substring(suivi.lastIndexOf('/') + 1));
        mvc.perform(get(suivi).cookie(clerc)).andExpect(content().string(containsString("0 courrier(s) produit(s) sur 3")));

        assertThat(traitement.traiter()).isEqualTo(3);
        assertThat(traitement.traiter()).as("a batch done is not done again").isZero();
        assertThat(jdbc.queryForObject("select count(*) from courrier where dossier_id = any(?)", Integer.class,
                (Object) aRelancer.stream().map(DossierId::value).toArray(UUID[]::new))).isEqualTo(2);
        mvc.perform(get("/publipostages/{id}/avancement", lot).cookie(clerc))
                .andExpect(content().string(containsString("2 courrier(s) produit(s) sur 3, 1 en échec, 0 à faire.")));
        mvc.perform(get(suivi).cookie(clerc))
                .andExpect(content().string(containsString("Le débiteur n&#39;a pas d&#39;adresse")));

        byte[] pdf = mvc.perform(get("/publipostages/{id}/pdf", lot).cookie(clerc)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String texte = new PDFTextStripper().getText(document);
            assertThat(texte).contains("Martin", "Bernard").doesNotContain("Sans-Adresse");
            assertThat(texte.split("Objet : Relance amiable", -1)).hasSize(3);
        }

        mvc.perform(get(suivi).cookie(ConnexionDeTest.connecter(mvc, "clerc2"))).andExpect(status().isNotFound());
        mvc.perform(get(suivi).cookie(ConnexionDeTest.connecter(mvc, "huissier"))).andExpect(status().isOk());
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    fr.etude.dossier.core.courrier.Publipostages publipostages;

    @Autowired
    ProductionDesCourriers production;

    @Test
    void aBatchKilledWhileMakingALetterResumesAndMakesEachLetterOnce() throws Exception {
        Cookie clerc = ConnexionDeTest.connecter(mvc, CLERC, "demo");
        mvc.perform(post("/publipostages").with(csrf()).cookie(clerc).param("modele", "RELANCE_1")
                .param("action", "COURRIER").param("au", "20/11/2026")).andExpect(status().is3xxRedirection());

        // The application dies while the first letter is being made: its transaction never commits.
        org.springframework.transaction.support.TransactionTemplate transaction =
                new org.springframework.transaction.support.TransactionTemplate(transactions);
        DossierId interrompu = transaction.execute(etat -> {
            var ligne = publipostages.prochaineATraiter().orElseThrow();
            long version = jdbc.queryForObject("select version from dossier where id = ?", Long.class, ligne.dossier().value());
            production.produire(ligne.dossier(), version, fr.etude.dossier.core.courrier.ModeleDeCourrier.RELANCE_1,
                    java.util.Optional.empty(), java.util.Optional.empty(), false,
                    new fr.etude.dossier.core.dossier.Auteur(new fr.etude.dossier.core.utilisateur.UtilisateurId(UUID.randomUUID()), "x"));
            etat.setRollbackOnly();
            return ligne.dossier();
        });
        assertThat(jdbc.queryForObject("select count(*) from courrier where dossier_id = ?", Integer.class, interrompu.value()))
                .as("nothing of the interrupted letter remains").isZero();

        // On restart, the batch resumes: every letter once, the interrupted one included.
        assertThat(traitement.traiter()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from courrier where dossier_id = ?", Integer.class, interrompu.value()))
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from evenement where dossier_id = ? and type = 'COURRIER'",
                Integer.class, interrompu.value())).isOne();
        assertThat(traitement.traiter()).isZero();
    }

    @Test
    void aBatchWithNothingToDoOrALetterForTheCreditorIsRefusedInFrench() throws Exception {
        Cookie clerc = ConnexionDeTest.connecter(mvc, CLERC, "demo");
        int avant = jdbc.queryForObject("select count(*) from publipostage", Integer.class);
        mvc.perform(post("/publipostages").with(csrf()).cookie(clerc).param("modele", "RELANCE_1")
                        .param("action", "VISITE").param("au", "20/11/2026"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("rien à produire")));
        mvc.perform(post("/publipostages").with(csrf()).cookie(clerc).param("modele", "COMPTE_RENDU")
                        .param("action", "COURRIER").param("au", "20/11/2026"))
                .andExpect(content().string(containsString("ce courrier ne se fait pas en publipostage")));
        mvc.perform(post("/publipostages").with(csrf()).cookie(clerc).param("modele", "RELANCE_1")
                        .param("action", "COURRIER").param("au", "31/02/2026"))
                .andExpect(content().string(containsString("« 31/02/2026 »")));
        assertThat(jdbc.queryForObject("select count(*) from publipostage", Integer.class)).isEqualTo(avant);
    }

    private DossierId dossier(String nom) {
        return DossierDeTest.unDossier(dossiers, jdbc, horloge).gerePar(CLERC).contre(nom, "69003")
                .avecCreanceMiseEnDemeure("1000.00", LocalDate.of(2026, 6, 30)).creer();
    }
}
