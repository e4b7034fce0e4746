package fr.etude.dossier.web.courrier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.courrier.ModeleDeCourrier;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.echeancier.Echeancier;
import fr.etude.dossier.core.echeancier.Echeanciers;
import fr.etude.dossier.core.echeancier.Periodicite;
import fr.etude.dossier.core.reclamation.Reclamation;
import fr.etude.dossier.core.reclamation.Reclamations;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.web.EtudeDeTest;
import fr.etude.dossier.web.DossierDeTest;

/**
 * Every template renders for a dossier and prints to PDF; the first page of each is kept as a PNG
 * (target/courriers, copied to docs/courriers for the guide).
 */
@SpringBootTest
@ActiveProfiles("demo")
class ChaqueModeleTest {

    private static final Path PAGES = Path.of("target/courriers");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clock horloge;

    @Autowired
    ProductionDesCourriers production;

    @Autowired
    ImpressionEnPdf impression;

    @Autowired
    RedactionDesCourriers redaction;

    @Autowired
    GabaritsDeCourriers gabarits;

    @Autowired
    Reclamations reclamations;

    @Autowired
    Echeanciers echeanciers;

    @BeforeEach
    void uneEtude() {
        EtudeDeTest.installer(jdbc);
    }

    @AfterEach
    void sansEtudeNiSemestreDeTest() {
        EtudeDeTest.retirer(jdbc);
    }

    @Test
    void everyTemplatePrintsForADossierWithTheOfficeTheCreditorAndItsSubject() throws Exception {
        DossierId dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge)
                .avecCreanceMiseEnDemeure("1250.00", LocalDate.of(2026, 5, 15)).creer();
        Files.createDirectories(PAGES);
        Auteur clerc = new Auteur(new UtilisateurId(jdbc.queryForObject("select id from utilisateur where identifiant = 'clerc'",
                java.util.UUID.class)), "Claire Moreau");
        assertThat(refus(dossier, ModeleDeCourrier.ACCUSE_RECLAMATION)).isEqualTo("Aucune réclamation n'est ouverte sur ce dossier.");
        assertThat(refus(dossier, ModeleDeCourrier.PROPOSITION_ECHEANCIER)).startsWith("Aucun échéancier n'est proposé");
        reclamations.enregistrer(dossier, Reclamation.recevoir(LocalDate.of(2026, 11, 18), "Conteste les intérêts", 30, LocalDate.of(2026, 11, 20)), clerc);
        Echeancier plan = Echeancier.proposer(Montant.of("600.00"), Echeancier.simulerEnNombre(Montant.of("600.00"), 3,
                Periodicite.MENSUELLE, LocalDate.of(2026, 12, 5)), 5, Optional.empty());
        echeanciers.enregistrer(dossier, plan, clerc);
        imprimer(dossier, ModeleDeCourrier.PROPOSITION_ECHEANCIER);
        plan.accepter(LocalDate.of(2026, 11, 20));
        echeanciers.enregistrer(dossier, plan, clerc);
        for (ModeleDeCourrier modele : ModeleDeCourrier.values()) {
            if (modele != ModeleDeCourrier.PROPOSITION_ECHEANCIER) {
                imprimer(dossier, modele);
            }
        }
    }

    private String refus(DossierId dossier, ModeleDeCourrier modele) {
        try {
            production.apercu(dossier, modele, Optional.empty());
            return "";
        } catch (CourrierImpossible refus) {
            return refus.getMessage();
        }
    }

    private void imprimer(DossierId dossier, ModeleDeCourrier modele) throws Exception {
        Optional<String> texte = modele.texteLibre() == ModeleDeCourrier.TexteLibre.AUCUN ? Optional.empty()
                    : Optional.of("Après examen de votre dossier, voici notre réponse.\n\nNous restons à votre disposition.");
            String html = gabarits.rendre(modele, redaction.rediger(dossier, modele, LocalDate.now(horloge), texte).variables())
                    .html();
            byte[] pdf = impression.imprimer(html);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String lu = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(lu).as(modele.gabarit()).contains("Étude Garnier, commissaires de justice", "Pour le compte de",
                        "Objet : " + modele.objet(), "Me Hélène Garnier, commissaire de justice");
                if (modele.demandeDePaiement()) {
                    assertThat(lu).as(modele.gabarit() + " : art. R124-4 CPCE").contains("Article L111-8, alinéas 2 et 3");
                }
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 60), "png",
                        PAGES.resolve(modele.gabarit() + ".png").toFile());
            }
    }
}
