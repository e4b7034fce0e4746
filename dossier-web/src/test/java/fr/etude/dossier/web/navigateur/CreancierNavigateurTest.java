package fr.etude.dossier.web.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.etude.dossier.web.EtudeDeTest;
import fr.etude.dossier.web.transmission.TraitementDesImports;

/**
 * The creditor's day in the browser: it sees only its dossiers, opens one and downloads its
 * statement, imports a file with two bad lines and reads why each was refused, then sees its chart.
 */
class CreancierNavigateurTest extends ParcoursNavigateur {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TraitementDesImports traitement;

    @BeforeEach
    void uneEtude() {
        EtudeDeTest.installer(jdbc);
    }

    @AfterEach
    void sansEtude() {
        EtudeDeTest.retirer(jdbc);
    }

    @Test
    void theCreditorSeesItsDossiersDownloadsAStatementImportsAFileWithTwoBadLinesAndSeesItsChart() throws Exception {
        UUID creancier = jdbc.queryForObject("select creancier_id from utilisateur where identifiant = 'creancier'", UUID.class);
        seConnecter("creancier");
        navigateur.get(url("/portefeuille"));
        List<WebElement> liens = navigateur.findElements(By.cssSelector("[data-test=dossiers] tbody a"));
        assertThat(liens).isNotEmpty();
        for (WebElement lien : liens) {
            String id = lien.getAttribute("href").replaceAll(".*/", "");
            assertThat(jdbc.queryForObject("select creancier_id from dossier where id = ?::uuid", UUID.class, id)).isEqualTo(creancier);
        }
        Navigateur.capturer(navigateur, "portefeuille-creancier");

        cliquer(liens.get(0));
        WebElement releve = navigateur.findElement(By.cssSelector("[data-test=releve]"));
        // The browser's own request, with its session: a PDF comes back.
        @SuppressWarnings("unchecked")
        Map<String, Object> telechargement = (Map<String, Object>) navigateur.executeAsyncScript("""
                const fini = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(octets => fini({statut: r.status,
                    type: r.headers.get('content-type'), debut: String.fromCharCode(...new Uint8Array(octets.slice(0, 5)))})));
                """, releve.getAttribute("href"));
        assertThat(telechargement).containsEntry("statut", 200L).containsEntry("type", "application/pdf").containsEntry("debut", "%PDF-");

        String prefixe = "N" + UUID.randomUUID().toString().substring(0, 6) + "-";
        Path fichier = Files.createTempFile("dossiers", ".csv");
        Files.writeString(fichier, "reference;nom;prenom;raison_sociale;siren;nature;principal;exigibilite\r\n"
                + prefixe + "1;Garnier;Lucie;;;consommation;1 250,40;15/06/2026\r\n"
                + prefixe + "2;;;Garage du Lac;123456789;commerciale;3 980,00;30/04/2026\r\n"
                + prefixe + "3;Roux;Marc;;;consommation;-40;15/06/2026\r\n"
                + prefixe + "4;;;Boulangerie Durand;732829320;commerciale;980,00;30/04/2026\r\n", StandardCharsets.UTF_8);
        navigateur.get(url("/portefeuille"));
        cliquer(navigateur.findElement(By.cssSelector("[data-test=importer]")));
        navigateur.findElement(By.id("fichier")).sendKeys(fichier.toAbsolutePath().toString());
        cliquer(navigateur.findElement(By.cssSelector("[data-test=importer]")));
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(page -> !page.findElements(By.cssSelector("[data-test=avancement]")).isEmpty());
        // The worker's schedule is off in tests: the test runs its pass; the page, polling, then shows the report.
        assertThat(traitement.traiterUn()).isTrue();
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(page -> !page.findElements(By.cssSelector("[data-test=anomalies]")).isEmpty());

        assertThat(navigateur.findElement(By.cssSelector("[data-test=crees]")).getText()).isEqualTo("2 dossiers créés");
        assertThat(navigateur.findElement(By.cssSelector("[data-test=refusees]")).getText()).isEqualTo("2 lignes refusées");
        List<String> anomalies = navigateur.findElements(By.cssSelector("[data-test=anomalies] tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(anomalies).containsExactly("3 siren SIREN : le SIREN « 123456789 » est invalide (clé de contrôle erronée).",
                "4 principal Principal : le montant doit être positif.");
        Navigateur.capturer(navigateur, "import-rapport");
        Files.delete(fichier);

        navigateur.get(url("/portefeuille"));
        cliquer(navigateur.findElement(By.cssSelector("[data-test=tableau-de-bord]")));
        new WebDriverWait(navigateur, Duration.ofSeconds(10))
                .until(page -> !page.findElements(By.cssSelector("#graphique-recouvre canvas")).isEmpty());
    }

    /** In the middle of the window: sticky elements may cover an element at its edge. */
    private static void cliquer(WebElement element) {
        navigateur.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
