package fr.etude.dossier.web.navigateur;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium: Debian's {@code chromium} and {@code chromium-driver} (installed by
 * {@code .ci/run}), never a browser downloaded by a test tool.
 */
final class Navigateur {

    private static final String CHROMIUM = System.getProperty("dossier.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("dossier.chromedriver", "/usr/bin/chromedriver");
    private static final Path CAPTURES = Path.of("target", "captures");

    private Navigateur() {
    }

    static ChromeDriver demarrer() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's Chromium: apt-get install chromium "
                    + "chromium-driver (looked for " + CHROMIUM + " and " + CHROMEDRIVER + ")");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // The machine's network is closed: no background calls, no component updates.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--lang=fr-FR");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /** Signs in through the form and waits until the browser has left it (or shows why it stayed). */
    static void seConnecter(ChromeDriver driver, int port, String identifiant, String motDePasse) {
        driver.get("http://localhost:" + port + "/connexion");
        driver.findElement(org.openqa.selenium.By.id("identifiant")).sendKeys(identifiant);
        driver.findElement(org.openqa.selenium.By.id("motDePasse")).sendKeys(motDePasse);
        driver.findElement(org.openqa.selenium.By.cssSelector("main form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).until(page ->
                !page.getCurrentUrl().endsWith("/connexion") || page.getCurrentUrl().contains("erreur"));
    }

    /** Keeps a picture of the page, for the user guide and for whoever reads a failure. */
    static void capturer(ChromeDriver driver, String nom) {
        try {
            Files.createDirectories(CAPTURES);
            Files.write(CAPTURES.resolve(nom + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
