package fr.etude.dossier.web.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.taux.Semestre;
import fr.etude.dossier.core.taux.TableDeTaux;
import fr.etude.dossier.web.DossierDeTest;
import fr.etude.dossier.web.dossier.ConsultationDeDossier;
import fr.etude.dossier.web.taux.TablesDeLaLoi;

/** The administrator enters the half-year the law just published; the clerk's décompte at today then works. */
class TauxNavigateurTest extends ParcoursNavigateur {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    TablesDeLaLoi tables;

    @Autowired
    ConsultationDeDossier consultation;

    @AfterEach
    void laTableRedevientCelleDeLaDemo() {
        jdbc.update("delete from taux_interet_legal where debut >= '2026-07-01'");
        jdbc.update("delete from taux_refinancement_bce where debut >= '2027-01-01'");
    }

    @Test
    void theAdministratorEntersTheMissingHalfYearAndEveryDemoDecompteThenComputesToday() {
        DossierId dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).avecCreanceMiseEnDemeure("1000.00", LocalDate.of(2026, 6, 30))
                .creer();
        seConnecter("admin");
        assertThat(navigateur.findElement(By.cssSelector("[data-test=a-faire]")).getText())
                .contains("taux de l'intérêt légal du 2e semestre 2026 : non saisi");
        Navigateur.capturer(navigateur, "admin-a-faire");

        // Every half-year missing up to today, the first one from the browser as the administrator would.
        for (TableDeTaux.AFaire manquant : tables.aFaire().stream().filter(TableDeTaux.AFaire::manquant).toList()) {
            saisir(manquant.table(), manquant.semestre());
        }
        // The other figures of the law (the RSA of April…) have their own lines: only the rate tables are done here.
        assertThat(navigateur.getPageSource()).doesNotContainPattern("semestre \\d{4} : non saisi");

        seConnecter("clerc");
        navigateur.get(url("/dossiers/" + dossier.value()));
        assertThat(navigateur.findElements(By.cssSelector("[data-test=decompte-impossible]"))).isEmpty();
        // The browser gives the text with its own spaces: compared without them.
        assertThat(navigateur.findElement(By.cssSelector("[data-test=decompte]")).getText().replaceAll("[\\s\u00a0\u202f]", ""))
                .contains("1000,00€");

        List<UUID> demo = jdbc.queryForList("select id from dossier", UUID.class);
        long refuses = demo.stream().map(id -> consultation.consulter(new DossierId(id), LocalDate.now(horloge),
                java.util.Optional.empty()).orElseThrow()).filter(page -> page.refus().isPresent()).count();
        assertThat(refuses).as("décomptes refused at today's date among %d dossiers", demo.size()).isZero();
    }

    private void saisir(TableDeTaux.Nature nature, Semestre semestre) {
        navigateur.get(url("/admin/taux/" + (nature == TableDeTaux.Nature.INTERET_LEGAL ? "interet-legal" : "bce")));
        remplir("annee", String.valueOf(semestre.annee()));
        remplir("numero", String.valueOf(semestre.numero()));
        remplir("taux", "4,00");
        if (nature == TableDeTaux.Nature.INTERET_LEGAL) {
            remplir("tauxAutresCas", "3,50");
        }
        remplir("source", "valeur de test, à confirmer");
        Navigateur.capturer(navigateur, "admin-taux-saisie");
        navigateur.findElement(By.cssSelector("[data-test=ajouter]")).click();
        assertThat(navigateur.findElement(By.cssSelector("[data-test=message]")).getText()).contains(semestre.libelle());
        navigateur.get(url("/admin"));
    }
}
