package fr.etude.dossier.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ReflectionUtils;

import fr.etude.dossier.core.courrier.ModeleDeCourrier;
import fr.etude.dossier.core.courrier.Publipostages;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.testsupport.BaseDistincte;
import fr.etude.dossier.web.DossierDeTest;

/**
 * The scheduled jobs as the application runs them, not called by a test: each goes through its
 * lock (ShedLock refuses some method shapes at run time only), and a batch of letters is taken up
 * by the schedule alone. On a database of its own, so that the nightly jobs change no other test's
 * data; the context is closed afterwards so that its jobs stop.
 */
@SpringBootTest(properties = {"dossier.planification.active=true", "dossier.publipostage.intervalle=PT0.2S",
        "dossier.courriels.intervalle=PT1H"})
@ActiveProfiles("demo")
@BaseDistincte("planification")
@DirtiesContext
class PlanificationTest {

    @Autowired
    ApplicationContext contexte;

    @Autowired
    Publipostages publipostages;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock horloge;

    private UUID lot;

    @Test
    void everyScheduledJobRunsThroughItsProxyWithoutError() throws Exception {
        List<String> taches = new ArrayList<>();
        for (String nom : contexte.getBeanDefinitionNames()) {
            Object bean = contexte.getBean(nom);
            for (Method methode : ReflectionUtils.getUniqueDeclaredMethods(AopUtils.getTargetClass(bean))) {
                if (AnnotatedElementUtils.hasAnnotation(methode, Scheduled.class)) {
                    taches.add(methode.getDeclaringClass().getSimpleName() + "." + methode.getName());
                    ReflectionUtils.makeAccessible(methode);
                    assertThatCode(() -> methode.invoke(bean)).as(methode.toString()).doesNotThrowAnyException();
                }
            }
        }
        assertThat(taches).contains("OubliDesTentatives.chaqueNuit", "SurveillanceDesEcheanciers.chaqueNuit",
                "ExpeditionDesCourriels.expedier", "TraitementDesPublipostages.enEquipe", "EnvoiDesResumes.chaqueSemaine");
    }

    @Test
    void aBatchIsTakenUpByTheScheduleWithoutAnyoneCallingIt() throws Exception {
        // A débiteur without an address: the letter is refused, quickly and without printing.
        DossierId dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).gerePar("clerc").contre("Planifie", "69003")
                .avecCreanceMiseEnDemeure("500.00", LocalDate.of(2026, 6, 30)).creer();
        jdbc.update("update debiteur set adresse = null, code_postal = null, ville = null where nom = 'Planifie'");
        UtilisateurId clerc = new UtilisateurId(jdbc.queryForObject("select id from utilisateur where identifiant = 'clerc'", UUID.class));
        lot = publipostages.creer(ModeleDeCourrier.RELANCE_1, "test de la planification", List.of(dossier), clerc, "Clerc",
                horloge.instant());

        // Waiting for the real scheduler: a wall-clock timeout, not the application's date.
        Instant limite = Instant.now().plus(Duration.ofSeconds(30));
        while (statut().equals("A_FAIRE") && Instant.now().isBefore(limite)) {
            Thread.sleep(100);
        }
        assertThat(statut()).isEqualTo("ECHEC");
    }

    private String statut() {
        return jdbc.queryForObject("select statut from publipostage_ligne where publipostage_id = ?", String.class, lot);
    }
}
