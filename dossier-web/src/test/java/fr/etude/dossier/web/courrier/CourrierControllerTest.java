package fr.etude.dossier.web.courrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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

/**
 * Letters produced from a dossier: the PDF's text read back and checked against the engine's
 * décompte, its QR code decoded, its fonts embedded, its SHA-256 kept; the contact policy applies.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class CourrierControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clock horloge;

    private DossierId dossier;
    private String reference;

    @BeforeEach
    void uneEtudeEtUnDossier() {
        EtudeDeTest.installer(jdbc);
        // The second half-year of 2026, not yet published when the demo was made: 4 % for the test.
        // 1 000,00 € due and claimed on 30/06/2026: 1 000,00 × 4 % × 143 / 365 = 15,67 € of interest at 20/11/2026.
        dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).avecCreanceMiseEnDemeure("1000.00", LocalDate.of(2026, 6, 30))
                .creer();
        reference = jdbc.queryForObject("select reference from dossier where id = ?", String.class, dossier.value());
    }

    @AfterEach
    void sansEtudeNiSemestreDeTest() {
        EtudeDeTest.retirer(jdbc);
    }

    @Test
    void aReminderIsPreviewedThenProducedAsAPdfCarryingTheMentionsTheAmountsAndAQrCodeToPay() throws Exception {
        Cookie clerc = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(get("/dossiers/{id}/courriers/relance-1", dossier.value()).cookie(clerc)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Relance amiable")))
                .andExpect(content().string(containsString("Pour le compte de")));

        mvc.perform(post("/dossiers/{id}/courriers/relance-1", dossier.value()).with(csrf()).cookie(clerc)
                        .param("version", String.valueOf(version())))
                .andExpect(redirectedUrl("/dossiers/" + dossier.value() + "#courriers"));

        Map<String, Object> courrier = jdbc.queryForMap("select * from courrier where dossier_id = ?", dossier.value());
        assertThat(courrier).containsEntry("modele", "RELANCE_1").containsEntry("version_du_modele", 1)
                .containsEntry("reference", reference + "-C01");
        assertThat(courrier.get("taux_du_bareme").toString()).contains("taux_interet_legal", "2026-07-01");
        byte[] pdf = jdbc.queryForObject("select contenu from document where id = ?", byte[].class, courrier.get("document_id"));
        assertThat(ProductionDesCourriers.sha256(pdf)).isEqualTo(courrier.get("sha256"));

        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/captures"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/captures/relance-amiable.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String texte = new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0\u202f]+", " ");
            assertThat(texte).contains("Étude Garnier, commissaires de justice", "Pour le compte de :",
                    "Notre référence : " + reference + "-C01", "Mme Agnès", "3 rue des Lilas", "Lyon, le 20/11/2026",
                    "Objet : Relance amiable", "Principal 1 000,00 €", "Intérêts 15,67 €", "Reste dû 1 015,67 €",
                    "IBAN FR76 3000 6000 0112 3456 7890 189", "Libellé à indiquer : Dossier " + reference,
                    "Article L111-8, alinéas 2 et 3", "restent à la charge du créancier",
                    "débiteur de mauvaise foi", "Me Hélène Garnier, commissaire de justice");
            assertThat(polices(document)).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .as("PDF/A-3u").contains("pdfaid");
            assertThat(CodeQrDeVirementTest.lire(images(document).get(0)).split("\n", -1)).containsExactly("BCD", "002", "1",
                    "SCT", "AGRIFRPP", "Étude Garnier, commissaires de justice", "FR7630006000011234567890189",
                    "EUR1015.67", "", "", "Dossier " + reference);
        }
        assertThat(jdbc.queryForObject("select resume from evenement where dossier_id = ? and type = 'COURRIER'",
                String.class, dossier.value())).contains("Relance amiable, modèle relance-1 version 1",
                reference + "-C01", "SHA-256 " + courrier.get("sha256"));
        mvc.perform(get("/dossiers/{id}", dossier.value()).cookie(clerc))
                .andExpect(content().string(containsString(courrier.get("sha256").toString())));
    }

    @Test
    void aSecondDemandWithinTheDelayIsRefusedWithTheRuleUnlessTheCommissaireGivesHisReason() throws Exception {
        Cookie clerc = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(post("/dossiers/{id}/courriers/relance-1", dossier.value()).with(csrf()).cookie(clerc)
                .param("version", String.valueOf(version()))).andExpect(status().is3xxRedirection());

        mvc.perform(post("/dossiers/{id}/courriers/relance-2", dossier.value()).with(csrf()).cookie(clerc)
                        .param("version", String.valueOf(version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La politique de contact refuse ce courrier")))
                .andExpect(content().string(containsString("« demande de paiement » est parti le 20/11/2026")));
        mvc.perform(post("/dossiers/{id}/courriers/relance-2", dossier.value()).with(csrf()).cookie(clerc)
                        .param("version", String.valueOf(version())).param("derogation", "je passe outre"))
                .andExpect(content().string(containsString("Seul le commissaire de justice peut passer outre")));
        assertThat(jdbc.queryForObject("select count(*) from courrier where dossier_id = ?", Integer.class, dossier.value()))
                .isOne();

        mvc.perform(post("/dossiers/{id}/courriers/relance-2", dossier.value()).with(csrf())
                        .cookie(ConnexionDeTest.connecter(mvc, "huissier")).param("version", String.valueOf(version()))
                        .param("derogation", "Le débiteur a demandé un nouveau décompte écrit"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select reference from courrier where dossier_id = ? order by reference", String.class,
                dossier.value())).containsExactly(reference + "-C01", reference + "-C02");
        assertThat(jdbc.queryForObject("select count(*) from evenement where dossier_id = ? and resume like "
                + "'%Le débiteur a demandé un nouveau décompte écrit%'", Integer.class, dossier.value())).isOne();
        byte[] seconde = jdbc.queryForObject("select d.contenu from document d join courrier c on c.document_id = d.id "
                + "where c.reference = ?", byte[].class, reference + "-C02");
        try (PDDocument document = Loader.loadPDF(seconde)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .as("later letters repeat the first one's reference and date")
                    .contains("Suite à notre courrier " + reference + "-C01 du 20/11/2026");
        }
    }

    @Test
    void aPersonalLetterNeedsItsTextAndNothingIsProducedWithoutTheOfficesIdentity() throws Exception {
        Cookie clerc = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(post("/dossiers/{id}/courriers/lettre-personnalisee", dossier.value()).with(csrf()).cookie(clerc)
                        .param("version", String.valueOf(version())).param("texte", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Texte du courrier : ")));
        mvc.perform(get("/dossiers/{id}/courriers/lettre-personnalisee/apercu", dossier.value()).cookie(clerc)
                        .param("version", String.valueOf(version())).param("texte", "Suite à notre entretien d'hier, voici le décompte."))
                .andExpect(content().string(containsString("Suite à notre entretien d&amp;#39;hier")));

        jdbc.update("delete from etude");
        mvc.perform(get("/dossiers/{id}/courriers/relance-1", dossier.value()).cookie(clerc))
                .andExpect(content().string(containsString("L&#39;identité de l&#39;étude n&#39;est pas complète")));
        mvc.perform(post("/dossiers/{id}/courriers/relance-1", dossier.value()).with(csrf()).cookie(clerc)
                        .param("version", String.valueOf(version())))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from courrier where dossier_id = ?", Integer.class, dossier.value()))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from evenement where dossier_id = ? and type = 'COURRIER'",
                Integer.class, dossier.value())).isZero();
    }

    @Autowired
    ExpeditionDesCourriels expedition;

    @Test
    void withoutAMailServerTheEmailWaitsInTheOutboxWhereTheAdministratorDownloadsItsPdf() throws Exception {
        Cookie clerc = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(post("/dossiers/{id}/courriers/relance-1", dossier.value()).with(csrf()).cookie(clerc)
                        .param("version", String.valueOf(version())).param("parCourriel", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le débiteur n&#39;a pas d&#39;adresse e-mail")));
        assertThat(jdbc.queryForObject("select count(*) from courrier where dossier_id = ?", Integer.class, dossier.value())).isZero();

        jdbc.update("update debiteur set email = 'agnes.roussel@example.fr' where id = (select debiteur_id from dossier_debiteur "
                + "where dossier_id = ? and rang = 1)", dossier.value());
        mvc.perform(post("/dossiers/{id}/courriers/relance-1", dossier.value()).with(csrf()).cookie(clerc)
                .param("version", String.valueOf(version())).param("parCourriel", "true")).andExpect(status().is3xxRedirection());
        expedition.expedier();
        Map<String, Object> envoi = jdbc.queryForMap("select id, statut from envoi where dossier_id = ?", dossier.value());
        assertThat(envoi).containsEntry("statut", "EN_BOITE");

        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(get("/admin/courriels").cookie(admin))
                .andExpect(content().string(containsString("agnes.roussel@example.fr")))
                .andExpect(content().string(containsString("Dans la boîte d&#39;envoi")));
        byte[] pdf = mvc.perform(get("/admin/courriels/{id}/piece-jointe", envoi.get("id")).cookie(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(ProductionDesCourriers.sha256(pdf)).isEqualTo(
                jdbc.queryForObject("select sha256 from courrier where dossier_id = ?", String.class, dossier.value()));
        mvc.perform(get("/dossiers/{id}", dossier.value()).cookie(clerc))
                .andExpect(content().string(containsString("Dans la boîte d&#39;envoi")));
        mvc.perform(get("/admin/courriels").cookie(clerc)).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownLetterIsNotFoundAndACreditorCannotWriteOne() throws Exception {
        mvc.perform(get("/dossiers/{id}/courriers/inconnu", dossier.value()).cookie(ConnexionDeTest.connecter(mvc, "clerc")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/{id}/courriers/relance-1", dossier.value()).cookie(ConnexionDeTest.connecter(mvc, "creancier")))
                .andExpect(status().isForbidden());
    }

    private long version() {
        return jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier.value());
    }

    private static List<PDFont> polices(PDDocument document) throws IOException {
        List<PDFont> polices = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources ressources = page.getResources();
            for (COSName nom : ressources.getFontNames()) {
                polices.add(ressources.getFont(nom));
            }
        }
        return polices;
    }

    private static List<BufferedImage> images(PDDocument document) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            chercher(page.getResources(), images);
        }
        return images;
    }

    /** Images may sit in form XObjects, within one another. */
    private static void chercher(PDResources ressources, List<BufferedImage> images) throws IOException {
        for (COSName nom : ressources.getXObjectNames()) {
            var objet = ressources.getXObject(nom);
            if (objet instanceof PDImageXObject image) {
                images.add(image.getImage());
            } else if (objet instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject forme) {
                chercher(forme.getResources(), images);
            }
        }
    }
}
