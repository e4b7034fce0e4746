package fr.etude.dossier.web.securite;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.etude.dossier.core.utilisateur.FreinageDesConnexions;
import fr.etude.dossier.core.utilisateur.TentativesDeConnexion;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Each night, once across instances, deletes the failed sign-ins old enough to be forgotten: a
 * guesser trying made-up logins would otherwise fill the table.
 */
@Component
class OubliDesTentatives {

    private static final Logger log = LoggerFactory.getLogger(OubliDesTentatives.class);

    private final TentativesDeConnexion tentatives;
    private final FreinageDesConnexions freinage;
    private final Clock horloge;

    OubliDesTentatives(TentativesDeConnexion tentatives, FreinageDesConnexions freinage, Clock horloge) {
        this.tentatives = tentatives;
        this.freinage = freinage;
        this.horloge = horloge;
    }

    @Scheduled(cron = "${dossier.securite.connexion.nettoyage}", zone = "Europe/Paris")
    @SchedulerLock(name = "oubli-des-tentatives-de-connexion", lockAtMostFor = "PT1H")
    public void chaqueNuit() {
        oublier();
    }

    /** @return how many series were deleted */
    int oublier() {
        int oubliees = tentatives.oublier(freinage.oubliAvant(horloge.instant()));
        log.info("Tentatives de connexion oubliées : {}", oubliees);
        return oubliees;
    }
}
