package fr.etude.dossier.web.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import fr.etude.dossier.web.DossierDeTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The clerk negotiates: the debtor's means, a plan he can keep, his agreement, then his payments. */
class EcheancierNavigateurTest extends ParcoursNavigateur {

    private static final DateTimeFormatter FRANCAIS = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    fr.etude.dossier.core.dossier.Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theClerkRecordsTheDebtorsMeansBuildsAPlanFromThemAndFollowsAPayment() {
        UUID dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).dePrincipal("2150.00").creer().value();
        seConnecter("clerc");
        navigateur.get(url("/dossiers/" + dossier));
        navigateur.findElement(By.cssSelector("[data-test=onglet-situation]")).click();

        remplir("ressources", "2 400,00");
        remplir("charges", "900");
        remplir("autresDettes", "150");
        remplir("personnesACharge", "1");
        new Select(navigateur.findElement(By.id("emploi"))).selectByValue("CDI");
        navigateur.findElement(By.cssSelector("[data-test=enregistrer-situation]")).submit();
        attendreLeMessage("Situation enregistrée : capacité de remboursement de 380,00 € par mois.");
        Navigateur.capturer(navigateur, "situation-debiteur");

        navigateur.get(url("/dossiers/" + dossier + "/echeancier"));
        assertThat(navigateur.findElement(By.id("montant")).getAttribute("value")).isEqualTo("380,00");
        assertThat(navigateur.findElement(By.cssSelector("[data-test=couverture]")).getText()).contains("le solde de")
                .contains("est couvert");

        // Switching to a number of instalments recomputes the schedule in place (HTMX).
        WebElement formulaire = navigateur.findElement(By.cssSelector("[data-test=simulation]"));
        navigateur.findElement(By.id("mode-nombre")).click();
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(formulaire));
        remplir("nombre", "4");
        navigateur.findElement(By.id("nombre")).sendKeys(Keys.TAB);
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-test=couverture]"), "4 échéances"));
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(page ->
                page.findElements(By.cssSelector("[data-test=simulation] .is-invalid")).isEmpty());
        Navigateur.capturer(navigateur, "echeancier-simulation");
        navigateur.findElement(By.cssSelector("[data-test=convenir]")).click();

        attendreLeMessage("Échéancier enregistré : le dossier le suivra échéance par échéance.");
        assertThat(navigateur.findElement(By.cssSelector("[data-test=statut-echeancier]")).getText()).isEqualTo("En cours");
        assertThat(navigateur.findElements(By.cssSelector("[data-test=echeances] tbody tr"))).hasSize(4);

        navigateur.get(url("/dossiers/" + dossier + "/paiements/nouveau"));
        remplir("montant", "1 000,00");
        remplir("date", LocalDate.now(horloge).format(FRANCAIS));
        navigateur.findElement(By.cssSelector("[data-test=valider-paiement]")).submit();
        attendreLeMessage("Paiement enregistré : le solde du dossier est à jour.");
        navigateur.findElement(By.cssSelector("[data-test=onglet-echeancier]")).click();

        assertThat(navigateur.findElement(By.cssSelector("[data-test=etat-1]")).getText()).isEqualTo("Payée");
        Navigateur.capturer(navigateur, "echeancier-suivi");
    }

    @Test
    void theClerksDayNarrowsToAStageAndSaysHowManyEachFilterHolds() {
        seConnecter("clerc");
        String personnalise = navigateur.findElement(By.cssSelector("[data-test=compte-PERSONNALISE]")).getText();

        navigateur.findElement(By.id("etape-PERSONNALISE")).click();
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().contains("etape=PERSONNALISE"));

        String total = navigateur.findElement(By.cssSelector("[data-test=total]")).getText();
        assertThat(total).startsWith(personnalise.equals("1") ? "Une action" : personnalise.equals("0") ? "Aucune" : personnalise + " actions");
        assertThat(navigateur.findElements(By.cssSelector("[data-test=dossiers] .etape")))
                .allSatisfy(etape -> assertThat(etape.getText()).isEqualTo("Personnalisé"));
        Navigateur.capturer(navigateur, "journee-filtree");
    }

    private void attendreLeMessage(String message) {
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-test=message]"), message));
    }
}
