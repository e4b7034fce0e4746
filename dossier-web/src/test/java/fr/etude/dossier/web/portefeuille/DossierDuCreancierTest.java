package fr.etude.dossier.web.portefeuille;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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

import fr.etude.dossier.core.document.Document;
import fr.etude.dossier.core.document.Documents;
import fr.etude.dossier.core.document.NouveauDocument;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.web.ConnexionDeTest;
import fr.etude.dossier.web.DossierDeTest;

/**
 * A creditor opens its own dossier and the files shared with it, and nothing else: another
 * creditor's dossier or file, by id or through its own dossier, answers as if it did not exist, and
 * the office's internal notes and contact log never show.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DossierDuCreancierTest {

    private static final byte[] PDF = "%PDF-1.4\n%test\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Documents documents;

    @Autowired
    Clock horloge;

    private Cookie creancierA;
    private UUID dossierA;
    private UUID dossierB;
    private Document partageA;
    private Document interneA;
    private Document partageB;

    @BeforeEach
    void deuxCreanciers() throws Exception {
        UUID a = jdbc.queryForObject("select creancier_id from utilisateur where identifiant = 'creancier'", UUID.class);
        UUID b = jdbc.queryForObject("select id from creancier where id <> ? order by raison_sociale limit 1", UUID.class, a);
        dossierA = DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("DuCreancierA", "69003").creer().value();
        dossierB = DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("DuCreancierB", "69003").creer().value();
        jdbc.update("update dossier set creancier_id = ? where id = ?", a, dossierA);
        jdbc.update("update dossier set creancier_id = ? where id = ?", b, dossierB);
        Auteur clerc = new Auteur(new UtilisateurId(jdbc.queryForObject("select id from utilisateur where identifiant = 'clerc'",
                UUID.class)), "Claire Moreau");
        partageA = documents.deposer(new DossierId(dossierA), NouveauDocument.verifier("jugement.pdf", PDF, 1_000_000, true), clerc);
        interneA = documents.deposer(new DossierId(dossierA), NouveauDocument.verifier("note-interne.pdf", PDF, 1_000_000, false), clerc);
        partageB = documents.deposer(new DossierId(dossierB), NouveauDocument.verifier("autre.pdf", PDF, 1_000_000, true), clerc);
        for (String[] entree : new String[][] {{"NOTE", "Note interne : débiteur fragile, ne pas insister"},
                {"APPEL", "Appel sortant : parle de sa maladie"}, {"PAIEMENT", "Paiement de 100,00 € du 18/11/2026 par virement."},
                {"CHANGEMENT_ETAPE", "Étape amiable → amiable personnalisé : justification interne"}}) {
            jdbc.update("insert into evenement (dossier_id, type, moment, auteur_nom, resume) values (?, ?, ?, 'Claire Moreau', ?)",
                    dossierA, entree[0], horloge.instant().atOffset(java.time.ZoneOffset.UTC), entree[1]);
        }
        creancierA = ConnexionDeTest.connecter(mvc, "creancier");
    }

    @Test
    void theCreditorReadsItsDossierWithItsPaymentsAndSharedFilesButNoInternalWords() throws Exception {
        String page = mvc.perform(get("/portefeuille/dossiers/{id}", dossierA).cookie(creancierA)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("DuCreancierA", "Reste dû", "Paiement de 100,00 € du 18/11/2026 par virement.",
                "Changement d&#39;étape du dossier", "jugement.pdf");
        assertThat(page).doesNotContain("Note interne", "parle de sa maladie", "justification interne", "note-interne.pdf");
        assertThat(mvc.perform(get("/portefeuille/dossiers/{id}/documents/{d}", dossierA, partageA.id()).cookie(creancierA))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(mvc.perform(get("/portefeuille").cookie(creancierA)).andReturn().getResponse().getContentAsString())
                .contains("/portefeuille/dossiers/" + dossierA).doesNotContain("/portefeuille/dossiers/" + dossierB);
    }

    @Test
    void theDebtorsNegotiatedSolutionIsAProposalTheCreditorIsToldOfAndTheDeclaredMeansStayWithTheOffice() throws Exception {
        Cookie clerc = ConnexionDeTest.connecter(mvc, "clerc");
        String aujourdhui = java.time.LocalDate.now(horloge).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        mvc.perform(post("/dossiers/{id}/situation", dossierA).with(csrf()).cookie(clerc).param("ressources", "1 900")
                .param("charges", "1 100").param("autresDettes", "0").param("personnesACharge", "1").param("emploi", "CDI")
                .param("declareeLe", aujourdhui).param("version", version(dossierA))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/dossiers/{id}/solutions", dossierA).with(csrf()).cookie(clerc).param("nature", "PAIEMENT_PARTIEL")
                .param("decideeLe", aujourdhui).param("montant", "1 250,50").param("commentaire", "Le frère rachète la voiture")
                .param("version", version(dossierA))).andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/portefeuille/dossiers/{id}", dossierA).cookie(creancierA)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Solution négociée le " + aujourdhui + " : paiement partiel de 1\u202f250,50\u00a0€.");
        assertThat(page).doesNotContain("Situation déclarée", "ressources 1\u202f900,00", "Le frère rachète la voiture");
        assertThat(jdbc.queryForObject("select type from evenement where dossier_id = ? and resume like 'Solution négociée%'",
                String.class, dossierA)).isEqualTo("SOLUTION");
    }

    private String version(UUID dossier) {
        return String.valueOf(jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier));
    }

    @Test
    void thePortfolioExportOpensInAFrenchSpreadsheetHoldsOnlyItsDossiersAndNoFormula() throws Exception {
        UUID piege = DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("=HYPERLINK(\"http://x\")", "69003")
                .dePrincipal("1234.56").creer().value();
        jdbc.update("update dossier set creancier_id = (select creancier_id from dossier where id = ?) where id = ?", dossierA, piege);
        String refA = jdbc.queryForObject("select reference from dossier where id = ?", String.class, dossierA);
        String refB = jdbc.queryForObject("select reference from dossier where id = ?", String.class, dossierB);

        byte[] octets = mvc.perform(get("/portefeuille/portefeuille.csv").cookie(creancierA)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String csv = new String(octets, StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFRéférence;Débiteur;Étape;Statut;Principal;Recouvré;Solde dû\r\n");
        assertThat(csv).contains(refA + ";DuCreancierA Agnès;Amiable;Ouvert;900,00;0,00;900,00\r\n")
                .contains("\"'=HYPERLINK(\"\"http://x\"\") Agnès\"").contains(";1234,56;")
                .doesNotContain(refB);
    }

    @Test
    void theCreditorDownloadsItsDossiersStatementAndNotAnothersOne() throws Exception {
        String refA = jdbc.queryForObject("select reference from dossier where id = ?", String.class, dossierA);
        fr.etude.dossier.web.EtudeDeTest.installer(jdbc);
        try {
            byte[] pdf = mvc.perform(get("/portefeuille/dossiers/{id}/releve.pdf", dossierA).cookie(creancierA))
                    .andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .contentType(org.springframework.http.MediaType.APPLICATION_PDF))
                    .andReturn().getResponse().getContentAsByteArray();
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Compte rendu de gestion", refA);
            }
            mvc.perform(get("/portefeuille/dossiers/{id}/releve.pdf", dossierB).cookie(creancierA)).andExpect(status().isNotFound());
            assertThat(jdbc.queryForObject("select count(*) from courrier where dossier_id = ?", Integer.class, dossierA))
                    .as("a reading, not a letter sent").isZero();
        } finally {
            fr.etude.dossier.web.EtudeDeTest.retirer(jdbc);
        }
        mvc.perform(get("/portefeuille/dossiers/{id}/releve.pdf", dossierA).cookie(creancierA))
                .andExpect(status().isSeeOther())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("alerte",
                        org.hamcrest.Matchers.startsWith("Le relevé ne peut être établi aujourd'hui : ")));
    }

    @Test
    void theSearchFindsOnlyTheCreditorsOwnDossiers() throws Exception {
        String refA = jdbc.queryForObject("select reference from dossier where id = ?", String.class, dossierA);
        String refB = jdbc.queryForObject("select reference from dossier where id = ?", String.class, dossierB);

        assertThat(mvc.perform(get("/portefeuille").cookie(creancierA).param("q", "DuCreancierA")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("/portefeuille/dossiers/" + dossierA).doesNotContain(refB);
        assertThat(mvc.perform(get("/portefeuille").cookie(creancierA).param("q", refB)).andReturn().getResponse()
                .getContentAsString()).contains("Aucun de vos dossiers ne correspond").doesNotContain("/portefeuille/dossiers/" + dossierB);
        assertThat(mvc.perform(get("/portefeuille").cookie(creancierA).param("q", refA)).andReturn().getResponse()
                .getContentAsString()).contains("/portefeuille/dossiers/" + dossierA);
        assertThat(mvc.perform(get("/portefeuille").cookie(creancierA).param("q", "x")).andReturn().getResponse()
                .getContentAsString()).contains("Saisissez au moins deux caractères.");
    }

    @Test
    void anotherCreditorsDossierOrFileAndTheOfficesFilesAreAnsweredAsNonExistent() throws Exception {
        String refB = jdbc.queryForObject("select reference from dossier where id = ?", String.class, dossierB);
        String page = mvc.perform(get("/portefeuille/dossiers/{id}", dossierB).cookie(creancierA)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(refB, "DuCreancierB");
        mvc.perform(get("/portefeuille/dossiers/{id}", UUID.randomUUID()).cookie(creancierA)).andExpect(status().isNotFound());
        mvc.perform(get("/portefeuille/dossiers/{id}/documents/{d}", dossierB, partageB.id()).cookie(creancierA))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portefeuille/dossiers/{id}/documents/{d}", dossierA, partageB.id()).cookie(creancierA))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portefeuille/dossiers/{id}/documents/{d}", dossierA, interneA.id()).cookie(creancierA))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portefeuille/dossiers/{id}", "pas-un-identifiant").cookie(creancierA)).andExpect(status().is4xxClientError());
        mvc.perform(get("/dossiers/{id}", dossierA).cookie(creancierA)).andExpect(status().isForbidden());
        mvc.perform(get("/dossiers/{id}/documents/{d}", dossierA, partageA.id()).cookie(creancierA)).andExpect(status().isForbidden());
        mvc.perform(get("/portefeuille/dossiers/{id}", dossierA).cookie(ConnexionDeTest.connecter(mvc, "clerc")))
                .andExpect(status().isForbidden());
    }
}
