package fr.etude.dossier.web.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The demo creditor opens its dashboard from its portfolio: four charts, each drawn from its table. */
class TableauDeBordNavigateurTest extends ParcoursNavigateur {

    @Test
    void theCreditorsDashboardDrawsEachChartFromItsTable() {
        seConnecter("creancier");
        navigateur.findElement(By.cssSelector("[data-test=tableau-de-bord]")).click();

        assertThat(navigateur.findElement(By.tagName("h1")).getText()).isEqualTo("Tableau de bord");
        for (String graphique : List.of("graphique-recouvre", "graphique-anciennete", "graphique-etapes", "graphique-taux")) {
            new WebDriverWait(navigateur, Duration.ofSeconds(10))
                    .until(page -> !page.findElements(By.cssSelector("#" + graphique + " canvas")).isEmpty());
        }
        assertThat(navigateur.findElements(By.cssSelector("[data-test=recouvre-par-mois] tbody tr"))).hasSize(12);
        Navigateur.capturer(navigateur, "tableau-de-bord");
        // Bootstrap scrolls smoothly: an instant scroll, so that the picture shows where it went.
        navigateur.executeScript("window.scrollTo({top: document.getElementById('graphique-anciennete').offsetTop - 80, behavior: 'instant'})");
        Navigateur.capturer(navigateur, "tableau-de-bord-anciennete");
        navigateur.executeScript("window.scrollTo({top: document.body.scrollHeight, behavior: 'instant'})");
        Navigateur.capturer(navigateur, "tableau-de-bord-taux");
    }
}
