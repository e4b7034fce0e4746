package fr.etude.dossier.web.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.calendrier.JoursFeries;
import fr.etude.dossier.web.DossierDeTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The clerk at work on a dossier, in a real browser. */
class ContactNavigateurTest extends ParcoursNavigateur {


    @Autowired
    fr.etude.dossier.core.dossier.Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theClerkLogsACallWithAPromiseAndFindsItInTheTimeline() {
        UUID dossier = dossierOuvert();
        seConnecter("clerc");
        navigateur.get(url("/dossiers/" + dossier));
        navigateur.findElement(By.cssSelector("[data-test=consigner-contact]")).click();

        LocalDate vendredi = dernierVendrediOuvre();
        remplir("date", FormatFrancais.date(vendredi));
        remplir("heure", "10:30");
        remplir("numero", "06 12 34 56 78");
        new Select(navigateur.findElement(By.id("issue"))).selectByValue("PROMESSE");
        remplir("promesseDate", FormatFrancais.date(vendredi.plusDays(10)));
        remplir("promesseMontant", "250,00");
        remplir("prochaineDate", FormatFrancais.date(vendredi.plusDays(11)));
        new Select(navigateur.findElement(By.id("prochaineType"))).selectByValue("RAPPEL_PROMESSE");
        Navigateur.capturer(navigateur, "contact-formulaire");
        navigateur.findElement(By.cssSelector("[data-test=enregistrer]")).submit();

        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().endsWith("/dossiers/" + dossier));
        assertThat(navigateur.findElement(By.cssSelector("[data-test=message]")).getText()).isEqualTo("Contact consigné.");
        assertThat(navigateur.findElement(By.cssSelector("[data-test=chronologie]")).getText())
                .contains("Appel sortant au 06 12 34 56 78 : promesse de paiement.")
                .contains("Promesse de paiement de 250,00 € pour le " + FormatFrancais.date(vendredi.plusDays(10)) + ".");
    }

    @Test
    void theClerkRecordsAPaymentAndSeesTheBalanceDrop() {
        UUID dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).dePrincipal("1500.00").creer().value();
        seConnecter("clerc");
        navigateur.get(url("/dossiers/" + dossier));
        String avant = navigateur.findElement(By.cssSelector("[data-test=solde]")).getText();
        navigateur.findElement(By.cssSelector("[data-test=enregistrer-paiement]")).click();

        remplir("montant", "200,00");
        remplir("date", FormatFrancais.date(LocalDate.now(horloge).minusDays(1)));
        new Select(navigateur.findElement(By.id("mode"))).selectByValue("VIREMENT");
        remplir("reference", "VIR-2026-11-19");
        navigateur.findElement(By.cssSelector("[data-test=valider-paiement]")).submit();

        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().endsWith("/dossiers/" + dossier));
        String apres = navigateur.findElement(By.cssSelector("[data-test=solde]")).getText();
        assertThat(montant(apres)).isEqualByComparingTo(montant(avant).subtract(new java.math.BigDecimal("200.00")));
        assertThat(navigateur.findElement(By.cssSelector("[data-test=paiements]")).getText()).contains("VIR-2026-11-19");
        Navigateur.capturer(navigateur, "paiement-enregistre");
    }

    private static java.math.BigDecimal montant(String affiche) {
        return new java.math.BigDecimal(affiche.replaceAll("[\\s\u00a0\u202f€]", "").replace(',', '.'));
    }

    @Test
    void aSundayCallIsRefusedWithTheRule() {
        UUID dossier = dossierOuvert();
        seConnecter("clerc");
        navigateur.get(url("/dossiers/" + dossier + "/contacts/nouveau"));

        String dimanche = FormatFrancais.date(LocalDate.now(horloge).with(TemporalAdjusters.previous(DayOfWeek.SUNDAY)));
        remplir("date", dimanche);
        remplir("heure", "10:00");
        navigateur.findElement(By.cssSelector("[data-test=enregistrer]")).submit();

        WebElement refus = navigateur.findElement(By.cssSelector("[data-test=infractions]"));
        assertThat(refus.getText()).contains("Pas d'appel ni de visite le dimanche.");
        assertThat(navigateur.findElement(By.id("date")).getAttribute("value")).isEqualTo(dimanche);
        Navigateur.capturer(navigateur, "contact-refuse-dimanche");
    }

    @Test
    void aDebtorNamedLikeAScriptIsShownAsText() {
        UUID dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("<script>alert(1)</script>", "69003").creer().value();
        // First in the clerk's day, so that the list shows it on its first page.
        jdbc.update("update dossier set prochaine_action_le = ?, prochaine_action = 'RAPPEL_PROMESSE', priorite = 1, solde = 999999 where id = ?",
                LocalDate.now(horloge).minusDays(400), dossier);
        try {
            seConnecter("clerc");

            assertThat(navigateur.findElement(By.cssSelector("[data-test=dossiers] tbody")).getText())
                    .contains("<script>alert(1)</script> Agnès");
            navigateur.get(url("/dossiers/" + dossier));
            assertThat(navigateur.findElement(By.cssSelector("[data-test=debiteurs]")).getText()).contains("<script>alert(1)</script>");
            navigateur.get(url("/dossiers/" + dossier + "/contacts/nouveau"));
            assertThat(navigateur.getPageSource()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        } finally {
            // Out of the clerk's day again: the other journeys' pages end up in the user guide.
            jdbc.update("update dossier set prochaine_action_le = null, prochaine_action = null, priorite = 3 where id = ?", dossier);
        }
    }

    private LocalDate dernierVendrediOuvre() {
        LocalDate vendredi = LocalDate.now(horloge).with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
        while (JoursFeries.estFerie(vendredi, false)) {
            vendredi = vendredi.minusWeeks(1);
        }
        return vendredi;
    }

    private UUID dossierOuvert() {
        return DossierDeTest.unDossier(dossiers, jdbc, horloge).creer().value();
    }
}
