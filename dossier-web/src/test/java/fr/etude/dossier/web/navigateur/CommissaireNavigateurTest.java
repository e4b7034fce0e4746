package fr.etude.dossier.web.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.web.EtudeDeTest;
import fr.etude.dossier.web.DossierDeTest;

/**
 * The commissaire's desk in the browser: a request weighed with its décompte and checks, approved as
 * an injonction de payer whose order's deadline reaches the board; a surendettement that stops the
 * same request; a réclamation registered, acknowledged with its letter and answered.
 */
class CommissaireNavigateurTest extends ParcoursNavigateur {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @BeforeEach
    void uneEtudeEtSonSemestre() {
        EtudeDeTest.installer(jdbc);
    }

    @AfterEach
    void sansEtudeNiSemestreDeTest() {
        EtudeDeTest.retirer(jdbc);
    }

    @Test
    void theClerkAsksTheCommissaireWeighsApprovesAnInjonctionAndTheOrdersDeadlineIsOnTheBoard() {
        UUID dossier = auPrecontentieux("Lagarde");
        String reference = jdbc.queryForObject("select reference from dossier where id = ?", String.class, dossier);
        seConnecter("clerc");
        demanderLeContentieux(dossier);
        assertThat(texte("[data-test=message]")).isEqualTo("Demande transmise au commissaire de justice.");
        navigateur.manage().deleteAllCookies();

        seConnecter("huissier");
        navigateur.get(url("/escalades?controle=CONFORMES"));
        WebElement carte = navigateur.findElements(By.cssSelector("[data-test=demande]")).stream()
                .filter(element -> element.getText().contains(reference)).findFirst().orElseThrow();
        assertThat(carte.findElement(By.cssSelector("[data-test=decompte]")).getText()).contains("Reste dû", "Intérêts");
        assertThat(carte.findElement(By.cssSelector("[data-test=controle]")).getText())
                .contains("Mise en demeure envoyée, son délai écoulé", "(art. 1344 et 1231-6 C. civ.)");
        assertThat(carte.getText()).contains("éligible à la procédure simplifiée des petites créances");
        Navigateur.capturer(navigateur, "commissaire-demande");
        new Select(carte.findElement(By.cssSelector("[data-test=procedure]"))).selectByValue("INJONCTION_DE_PAYER");
        // By the keyboard, as a commissaire who tabs from the list to the button (the list's popup may cover it).
        carte.findElement(By.cssSelector("[data-test=approuver]")).sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(texte("[data-test=message]")).isEqualTo("Passage au contentieux approuvé.");
        assertThat(jdbc.queryForObject("select etape from dossier where id = ?", String.class, dossier)).isEqualTo("CONTENTIEUX");

        navigateur.get(url("/dossiers/" + dossier + "/procedure"));
        new Select(navigateur.findElement(By.id("nature"))).selectByValue("ORDONNANCE_INJONCTION_DE_PAYER");
        remplir("le", "18/11/2026");
        remplir("heure", "09:00");
        cliquer(navigateur.findElement(By.cssSelector("[data-test=enregistrer-acte]")));
        assertThat(texte("[data-test=message]")).contains("Ordonnance portant injonction de payer du 18/11/2026");
        assertThat(texte("[data-test=actes]")).contains("art. 1411 CPC");

        navigateur.get(url("/echeances"));
        assertThat(texte("[data-test=plusTard]")).contains(reference, "signifier l'ordonnance", "art. 1411 CPC");
        Navigateur.capturer(navigateur, "commissaire-delais");
    }

    @Test
    void aRecordedSurendettementStopsTheSameRequest() {
        UUID dossier = auPrecontentieux("Surendettée");
        seConnecter("clerc");
        navigateur.get(url("/dossiers/" + dossier + "/statut"));
        remplir("recevableLe", "12/11/2026");
        remplir("commission", "Commission de surendettement du Rhône");
        cliquer(navigateur.findElement(By.cssSelector("[data-test=declarer]")));
        assertThat(texte("[data-test=message]")).isEqualTo("Surendettement enregistré : le dossier est suspendu.");

        demanderLeContentieux(dossier);
        assertThat(texte("[data-test=alerte]")).contains("dossier suspendu : surendettement recevable (art. L722-2 C. conso.)");
        assertThat(jdbc.queryForMap("select statut, etape, demande_escalade_le from dossier where id = ?", dossier))
                .containsEntry("statut", "SUSPENDU").containsEntry("etape", "PRECONTENTIEUX").containsEntry("demande_escalade_le", null);
    }

    @Test
    void aComplaintIsRegisteredAcknowledgedWithItsLetterAndAnswered() {
        UUID dossier = auPrecontentieux("Réclamante");
        seConnecter("clerc");
        navigateur.get(url("/dossiers/" + dossier + "/reclamations"));
        remplir("recueLe", "16/11/2026");
        remplir("objet", "Conteste les frais de relance facturés.");
        cliquer(navigateur.findElement(By.cssSelector("[data-test=enregistrer-reclamation]")));
        assertThat(texte("[data-test=message]")).contains("Réclamation enregistrée");

        navigateur.get(navigateur.findElement(By.cssSelector("[data-test=lettre-accuse]")).getAttribute("href"));
        cliquer(navigateur.findElement(By.cssSelector("[data-test=produire-pdf]")));
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(page -> !page.findElements(
                By.cssSelector("[data-test=message], [data-test=alerte], [data-test=refus], [data-test=impossible], [data-test=infractions]")).isEmpty());
        assertThat(navigateur.findElement(By.cssSelector("[data-test=message], [data-test=alerte], [data-test=refus], [data-test=impossible], [data-test=infractions]")).getText())
                .contains("Accusé de réception de votre réclamation");
        assertThat(jdbc.queryForObject("select count(*) from courrier where dossier_id = ? and modele = 'ACCUSE_RECLAMATION'",
                Integer.class, dossier)).isOne();

        navigateur.get(url("/dossiers/" + dossier + "/reclamations"));
        cliquer(navigateur.findElement(By.cssSelector("[data-test=accuser] button")));
        assertThat(texte("[data-test=message]")).isEqualTo("Réception accusée.");
        navigateur.findElement(By.cssSelector("[data-test=analyser] textarea"))
                .sendKeys("Frais de relance non dus à la charge du débiteur (art. L111-8 CPCE).");
        cliquer(navigateur.findElement(By.cssSelector("[data-test=analyser] button")));
        navigateur.findElement(By.cssSelector("[data-test=repondre] textarea")).sendKeys("Les frais sont retirés du décompte.");
        cliquer(navigateur.findElement(By.cssSelector("[data-test=repondre] button")));
        assertThat(texte("[data-test=message]")).isEqualTo("Réponse enregistrée.");
        assertThat(texte("[data-test=reclamation]")).contains("Répondue", "Les frais sont retirés du décompte.");
        Navigateur.capturer(navigateur, "reclamation-repondue");
        assertThat(jdbc.queryForObject("select reclamation_ouverte from dossier where id = ?", Boolean.class, dossier)).isFalse();
    }

    @Test
    void theSupervisionChartIsDrawnFromItsTable() {
        UUID dossier = auPrecontentieux("Supervisé");
        UUID auteur = jdbc.queryForObject("select id from utilisateur where identifiant = 'clerc'", UUID.class);
        jdbc.update("""
                insert into contact (id, dossier_id, canal, moment, auteur_id, auteur_nom)
                values (gen_random_uuid(), ?, 'APPEL', '2026-11-17 10:00', ?, 'Claire Moreau'),
                       (gen_random_uuid(), ?, 'APPEL', '2026-11-10 10:00', ?, 'Claire Moreau')
                """, dossier, auteur, dossier, auteur);
        seConnecter("huissier");
        navigateur.get(url("/supervision"));

        new WebDriverWait(navigateur, Duration.ofSeconds(10))
                .until(page -> !page.findElements(By.cssSelector("#graphique-contacts canvas")).isEmpty());
        assertThat(texte("[data-test=contacts-par-semaine]")).contains("Claire Moreau");
        Navigateur.capturer(navigateur, "supervision");
    }

    private UUID auPrecontentieux(String debiteur) {
        return DossierDeTest.unDossier(dossiers, jdbc, horloge).contre(debiteur, "69003")
                .avecCreanceMiseEnDemeure("1800.00", LocalDate.now(horloge).minusDays(45)).alEtape(Etape.PRECONTENTIEUX)
                .creer().value();
    }

    private void demanderLeContentieux(UUID dossier) {
        navigateur.get(url("/dossiers/" + dossier));
        remplir("justification", "Mise en demeure restée sans effet, aucune proposition.");
        cliquer(navigateur.findElement(By.cssSelector("[data-test=escalade] button[type=submit]")));
    }

    private static String texte(String selecteur) {
        return navigateur.findElement(By.cssSelector(selecteur)).getText();
    }

    /** In the middle of the window: sticky elements may cover an element at its edge. */
    private static void cliquer(WebElement element) {
        navigateur.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
