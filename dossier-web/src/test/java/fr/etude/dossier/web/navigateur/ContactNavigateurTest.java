package fr.etude.dossier.web.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

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
    JdbcTemplate jdbc;

    @Test
    void theClerkLogsACallWithAPromiseAndFindsItInTheTimeline() {
        UUID dossier = dossierOuvert();
        seConnecter("clerc");
        navigateur.get(url("/dossiers/" + dossier));
        navigateur.findElement(By.cssSelector("[data-test=consigner-contact]")).click();

        remplir("date", "20/11/2026");
        remplir("heure", "10:30");
        remplir("numero", "06 12 34 56 78");
        new Select(navigateur.findElement(By.id("issue"))).selectByValue("PROMESSE");
        remplir("promesseDate", "30/11/2026");
        remplir("promesseMontant", "250,00");
        remplir("prochaineDate", "01/12/2026");
        new Select(navigateur.findElement(By.id("prochaineType"))).selectByValue("RAPPEL_PROMESSE");
        Navigateur.capturer(navigateur, "contact-formulaire");
        navigateur.findElement(By.cssSelector("[data-test=enregistrer]")).submit();

        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().endsWith("/dossiers/" + dossier));
        assertThat(navigateur.findElement(By.cssSelector("[data-test=message]")).getText()).isEqualTo("Contact consigné.");
        assertThat(navigateur.findElement(By.cssSelector("[data-test=chronologie]")).getText())
                .contains("Appel sortant au 06 12 34 56 78 : promesse de paiement.")
                .contains("Promesse de paiement de 250,00 € pour le 30/11/2026.");
    }

    @Test
    void theClerkRecordsAPaymentAndSeesTheBalanceDrop() {
        UUID dossier = jdbc.queryForObject("select id from dossier where statut = 'OUVERT' and solde > 500 order by random() limit 1",
                UUID.class);
        seConnecter("clerc");
        navigateur.get(url("/dossiers/" + dossier));
        String avant = navigateur.findElement(By.cssSelector("[data-test=solde]")).getText();
        navigateur.findElement(By.cssSelector("[data-test=enregistrer-paiement]")).click();

        remplir("montant", "200,00");
        remplir("date", "19/11/2026");
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

        remplir("date", "22/11/2026");
        remplir("heure", "10:00");
        navigateur.findElement(By.cssSelector("[data-test=enregistrer]")).submit();

        WebElement refus = navigateur.findElement(By.cssSelector("[data-test=infractions]"));
        assertThat(refus.getText()).contains("Pas d'appel ni de visite le dimanche.");
        assertThat(navigateur.findElement(By.id("date")).getAttribute("value")).isEqualTo("22/11/2026");
        Navigateur.capturer(navigateur, "contact-refuse-dimanche");
    }

    @Test
    void aDebtorNamedLikeAScriptIsShownAsText() {
        UUID clerc = jdbc.queryForObject("select id from utilisateur where identifiant = 'clerc'", UUID.class);
        UUID dossier = dossierOuvert();
        UUID debiteur = jdbc.queryForObject("select debiteur_id from dossier_debiteur where dossier_id = ? and rang = 1",
                UUID.class, dossier);
        java.util.Map<String, Object> debiteurAvant = jdbc.queryForMap(
                "select personne, raison_sociale, nom, prenom from debiteur where id = ?", debiteur);
        java.util.Map<String, Object> dossierAvant = jdbc.queryForMap("""
                select gestionnaire_id, prochaine_action_le, solde, prochaine_action, priorite from dossier where id = ?
                """, dossier);
        jdbc.update("update debiteur set personne = 'PHYSIQUE', raison_sociale = null, nom = '<script>alert(1)</script>', prenom = 'Eve' where id = ?",
                debiteur);
        jdbc.update("update dossier set gestionnaire_id = ?, prochaine_action_le = current_date - 400, solde = 999999, "
                + "prochaine_action = 'RAPPEL_PROMESSE', priorite = 1 where id = ?",
                clerc, dossier);
        try {
            seConnecter("clerc");

            assertThat(navigateur.findElement(By.cssSelector("[data-test=dossiers] tbody")).getText())
                    .contains("<script>alert(1)</script> Eve");
            navigateur.get(url("/dossiers/" + dossier));
            assertThat(navigateur.findElement(By.cssSelector("[data-test=debiteurs]")).getText()).contains("<script>alert(1)</script>");
            navigateur.get(url("/dossiers/" + dossier + "/contacts/nouveau"));
            assertThat(navigateur.getPageSource()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        } finally {
            // The demo data is shared by the other tests, and its pages end up in the user guide.
            jdbc.update("update debiteur set personne = ?, raison_sociale = ?, nom = ?, prenom = ? where id = ?",
                    debiteurAvant.get("personne"), debiteurAvant.get("raison_sociale"), debiteurAvant.get("nom"),
                    debiteurAvant.get("prenom"), debiteur);
            jdbc.update("""
                    update dossier set gestionnaire_id = ?, prochaine_action_le = ?, solde = ?, prochaine_action = ?, priorite = ?
                     where id = ?
                    """, dossierAvant.get("gestionnaire_id"), dossierAvant.get("prochaine_action_le"), dossierAvant.get("solde"),
                    dossierAvant.get("prochaine_action"), dossierAvant.get("priorite"), dossier);
        }
    }

    private UUID dossierOuvert() {
        return jdbc.queryForObject("""
                select d.id from dossier d where d.statut = 'OUVERT'
                   and not exists (select 1 from contact c where c.dossier_id = d.id)
                   and not exists (select 1 from dossier_blocage b where b.dossier_id = d.id)
                 order by random() limit 1
                """, UUID.class);
    }
}
