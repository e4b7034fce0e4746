package fr.etude.dossier.web.echeancier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.echeancier.Echeanciers;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Each night, once across all instances (ShedLock), the plans with an instalment unpaid past the
 * grace days become défaillant, a dossier per transaction, in chunks.
 */
@Component
public class SurveillanceDesEcheanciers {

    private static final Logger log = LoggerFactory.getLogger(SurveillanceDesEcheanciers.class);
    private static final int LOT = 500;

    private final Echeanciers echeanciers;
    private final SuiviDesEcheanciers suivi;
    private final Clock horloge;

    SurveillanceDesEcheanciers(Echeanciers echeanciers, SuiviDesEcheanciers suivi, Clock horloge) {
        this.echeanciers = echeanciers;
        this.suivi = suivi;
        this.horloge = horloge;
    }

    @Scheduled(cron = "${dossier.echeancier.surveillance}", zone = "Europe/Paris")
    @SchedulerLock(name = "surveillance-des-echeanciers", lockAtMostFor = "PT1H")
    public void chaqueNuit() {
        surveiller();
    }

    /** @return how many plans became défaillant */
    public int surveiller() {
        LocalDate avant = LocalDate.now(horloge).minusDays(suivi.joursDeGrace());
        int defaillants = 0;
        java.util.Set<DossierId> dejaVus = new java.util.HashSet<>();
        List<DossierId> lot;
        do {
            lot = echeanciers.aVerifier(avant, LOT).stream().filter(dejaVus::add).toList();
            for (DossierId dossier : lot) {
                try {
                    if (suivi.verifier(dossier)) {
                        defaillants++;
                    }
                } catch (ModificationConcurrente enCours) {
                    // A clerk saved the dossier meanwhile: the next night checks it again.
                    log.info("Échéancier du dossier {} laissé pour la prochaine surveillance : {}", dossier.value(),
                            enCours.getMessage());
                }
            }
        } while (!lot.isEmpty());
        log.info("Surveillance des échéanciers : {} échéancier(s) défaillant(s)", defaillants);
        return defaillants;
    }
}
