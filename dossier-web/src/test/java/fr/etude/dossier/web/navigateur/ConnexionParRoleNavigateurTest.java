package fr.etude.dossier.web.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Each demo user signs in with a real browser and lands on his role's home page. */
class ConnexionParRoleNavigateurTest extends ParcoursNavigateur {

    @ParameterizedTest
    @CsvSource({
            "clerc, /journee, Ma journée, Claire Moreau",
            "huissier, /escalades, Demandes de passage au contentieux, Me Hélène Garnier",
            "creancier, /portefeuille, Mon portefeuille, Énergies du Rhône (service contentieux)",
            "admin, /admin, Administration, Administrateur de l'étude"})
    void eachDemoUserSeesHisHomePage(String identifiant, String accueil, String titre, String nom) {
        seConnecter(identifiant, "demo");

        assertThat(navigateur.getCurrentUrl()).endsWith(accueil);
        assertThat(navigateur.findElement(By.tagName("h1")).getText()).isEqualTo(titre);
        assertThat(navigateur.findElement(By.cssSelector("[data-test=utilisateur]")).getText()).isEqualTo(nom);
        Navigateur.capturer(navigateur, "accueil-" + identifiant);

        navigateur.findElement(By.cssSelector("nav form button")).click();
        new WebDriverWait(navigateur, Duration.ofSeconds(10))
                .until(page -> page.getCurrentUrl().endsWith("/connexion?deconnecte"));
        assertThat(navigateur.findElement(By.cssSelector(".alert-info")).getText()).isEqualTo("Vous êtes déconnecté.");
    }

    @Test
    void theClerksDayListsDossiersWithFrenchAmountsAndDates() {
        seConnecter("clerc", "demo");

        String premiereLigne = navigateur.findElement(By.cssSelector("[data-test=dossiers] tbody tr")).getText();
        assertThat(premiereLigne).containsPattern("\\d{4}-\\d{6}");
        assertThat(premiereLigne).containsPattern("\\d+,\\d{2}\\s€");
        assertThat(premiereLigne).containsPattern("\\d{2}/\\d{2}/\\d{4}");
    }

    @Test
    void theClerkOpensADossierFromHisDayAndReadsItsDecompte() {
        seConnecter("clerc", "demo");

        navigateur.findElement(By.cssSelector("[data-test=dossiers] tbody tr a")).click();
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().contains("/dossiers/"));
        assertThat(navigateur.findElement(By.cssSelector("[data-test=entete] h1")).getText()).matches("\\d{4}-\\d{6}");

        WebElement date = navigateur.findElement(By.id("au"));
        date.clear();
        date.sendKeys("31/12/2025");
        date.submit();
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().contains("au=31"));
        assertThat(navigateur.findElements(By.cssSelector("[data-test=decompte], [data-test=decompte-impossible]")))
                .isNotEmpty();
        Navigateur.capturer(navigateur, "dossier-clerc");
    }

    @Test
    void aWrongPasswordShowsTheReasonInFrench() {
        seConnecter("huissier", "pas-le-bon");

        assertThat(navigateur.findElement(By.cssSelector("[data-test=erreur]")).getText())
                .startsWith("Identifiant ou mot de passe incorrect, ou compte désactivé.");
        Navigateur.capturer(navigateur, "connexion-erreur");
    }

    @Test
    void anotherRolesPageIsRefusedWithAFrenchPage() {
        seConnecter("creancier", "demo");

        navigateur.get(url("/admin/utilisateurs"));

        assertThat(navigateur.findElement(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
    }
}
