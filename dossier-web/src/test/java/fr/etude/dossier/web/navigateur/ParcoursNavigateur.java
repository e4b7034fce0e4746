package fr.etude.dossier.web.navigateur;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A journey in a real browser against the application on a random port, on the demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class ParcoursNavigateur {

    protected static ChromeDriver navigateur;

    @LocalServerPort
    protected int port;

    /** The application's clock: every date a journey types is relative to it. */
    @org.springframework.beans.factory.annotation.Autowired
    protected java.time.Clock horloge;

    @BeforeAll
    static void ouvrir() {
        navigateur = Navigateur.demarrer();
    }

    @AfterAll
    static void fermer() {
        navigateur.quit();
    }

    @AfterEach
    void oublierLaSession() {
        navigateur.manage().deleteAllCookies();
    }

    protected void seConnecter(String identifiant) {
        seConnecter(identifiant, "demo");
    }

    protected void seConnecter(String identifiant, String motDePasse) {
        Navigateur.seConnecter(navigateur, port, identifiant, motDePasse);
    }

    protected String url(String chemin) {
        return "http://localhost:" + port + chemin;
    }

    /** Types into a field as the user would, after emptying it. */
    protected void remplir(String champ, String valeur) {
        WebElement element = navigateur.findElement(By.id(champ));
        element.clear();
        element.sendKeys(valeur);
    }
}
