package fr.etude.dossier.web.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administrator opens a clerk's account from the browser and hands over the password shown once;
 * the clerk chooses his own at the first sign-in; the commissaire reads the opening in the journal.
 */
class ComptesNavigateurTest extends ParcoursNavigateur {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void sansLeNouveauCompte() {
        jdbc.update("delete from tentative_de_connexion where identifiant = 'marc.leroy'");
        jdbc.update("delete from utilisateur where identifiant = 'marc.leroy'");
    }

    @Test
    void anAccountOpenedInTheBrowserSignsInAndShowsInTheJournal() {
        seConnecter("admin");
        navigateur.get(url("/admin/utilisateurs"));
        navigateur.findElement(By.cssSelector("[data-test=nouveau-compte]")).click();
        remplir("identifiant", "Marc Leroy");
        remplir("nomAffiche", "Marc Leroy");
        new Select(navigateur.findElement(By.id("role"))).selectByVisibleText("Chargé de recouvrement");
        navigateur.findElement(By.cssSelector("[data-test=enregistrer]")).click();
        assertThat(navigateur.findElement(By.cssSelector("[data-test=erreur-identifiant]")).getText())
                .startsWith("Identifiant de connexion : l'identifiant ne prend que des minuscules");
        assertThat(navigateur.findElement(By.id("nomAffiche")).getAttribute("value")).isEqualTo("Marc Leroy");

        remplir("identifiant", "marc.leroy");
        navigateur.findElement(By.cssSelector("[data-test=enregistrer]")).click();
        String provisoire = navigateur.findElement(By.cssSelector("[data-test=provisoire]")).getText();
        Navigateur.capturer(navigateur, "admin-compte-ouvert");
        navigateur.navigate().refresh();
        assertThat(navigateur.findElements(By.cssSelector("[data-test=provisoire]"))).as("shown once").isEmpty();

        seConnecter("marc.leroy", provisoire);
        assertThat(navigateur.getCurrentUrl()).endsWith("/mot-de-passe");
        remplir("nouveau", "la phrase de Marc Leroy");
        remplir("confirmation", "la phrase de Marc Leroy");
        navigateur.findElement(By.cssSelector("[data-test=changer]")).click();
        seConnecter("marc.leroy", "la phrase de Marc Leroy");
        assertThat(navigateur.getCurrentUrl()).endsWith("/journee");

        seConnecter("huissier");
        navigateur.get(url("/journal"));
        new Select(navigateur.findElement(By.id("entite"))).selectByVisibleText("Compte utilisateur");
        navigateur.findElement(By.cssSelector("[data-test=filtre] button[type=submit]")).click();
        assertThat(navigateur.findElement(By.cssSelector("[data-test=journal]")).getText())
                .contains("Création", "marc.leroy", "Administrateur de l'étude");
        Navigateur.capturer(navigateur, "journal-des-modifications");
    }
}
