package fr.etude.dossier.web.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.web.EtudeDeTest;
import fr.etude.dossier.web.DossierDeTest;

/** The clerk opens a letter from the dossier page, reads it as it will be printed, produces it and finds it filed. */
class CourrierNavigateurTest extends ParcoursNavigateur {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @BeforeEach
    void uneEtude() {
        EtudeDeTest.installer(jdbc);
    }

    @AfterEach
    void sansEtudeNiSemestreDeTest() {
        EtudeDeTest.retirer(jdbc);
    }

    @Test
    void theClerkPreviewsAReminderProducesItAndFindsItFiled() {
        DossierId dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge)
                .avecCreanceMiseEnDemeure("1000.00", LocalDate.of(2026, 6, 30)).creer();
        seConnecter("clerc");
        navigateur.get(url("/dossiers/" + dossier.value() + "#courriers"));
        // The link is followed as written in the page (a fixed element of the page may cover it in a small window).
        navigateur.get(navigateur.findElement(By.cssSelector("[data-test=modeles-debiteur]"))
                .findElement(By.linkText("Relance amiable")).getAttribute("href"));

        navigateur.switchTo().frame(navigateur.findElement(By.cssSelector("[data-test=apercu]")));
        assertThat(navigateur.findElement(By.tagName("body")).getText()).contains("Objet : Relance amiable",
                "Pour le compte de", "Article L111-8");
        navigateur.switchTo().defaultContent();
        Navigateur.capturer(navigateur, "courrier-apercu");

        cliquer(navigateur.findElement(By.cssSelector("[data-test=produire-pdf]")));
        new WebDriverWait(navigateur, Duration.ofSeconds(10))
                .until(page -> !page.findElements(By.cssSelector("[data-test=courriers]")).isEmpty());
        assertThat(navigateur.findElement(By.cssSelector("[data-test=message]")).getText()).contains("Relance amiable produit");
        String empreinte = jdbc.queryForObject("select sha256 from courrier where dossier_id = ?", String.class, dossier.value());
        assertThat(navigateur.findElement(By.cssSelector("[data-test=courriers]")).getText()).contains(empreinte);
    }

    /** In the middle of the window: the dossier page's sticky tabs may cover an element at its edge. */
    private static void cliquer(org.openqa.selenium.WebElement element) {
        navigateur.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
