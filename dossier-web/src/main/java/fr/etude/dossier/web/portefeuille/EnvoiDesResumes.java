package fr.etude.dossier.web.portefeuille;

import java.util.EnumMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.etude.dossier.core.portail.ResumesHebdomadaires;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Each week ({@code dossier.portail.resume-hebdomadaire}, Paris time, by default Monday at 7:00), once
 * across instances (ShedLock), every creditor user who asked for it gets the summary of his dossiers'
 * week through the e-mail queue, a user per transaction: one that fails leaves the others' made. The
 * unique key on user and week, not the lock, is what keeps a week from being sent twice.
 */
@Component
class EnvoiDesResumes {

    private static final Logger journal = LoggerFactory.getLogger(EnvoiDesResumes.class);

    private final ResumesHebdomadaires resumes;
    private final ResumesDeLaSemaine preparation;

    EnvoiDesResumes(ResumesHebdomadaires resumes, ResumesDeLaSemaine preparation) {
        this.resumes = resumes;
        this.preparation = preparation;
    }

    @Scheduled(cron = "${dossier.portail.resume-hebdomadaire}", zone = "Europe/Paris")
    @SchedulerLock(name = "resume-hebdomadaire-des-creanciers", lockAtMostFor = "PT1H")
    public void chaqueSemaine() {
        envoyer();
    }

    /** @return how many users' weeks came to each issue */
    Map<ResumesDeLaSemaine.Issue, Integer> envoyer() {
        Map<ResumesDeLaSemaine.Issue, Integer> issues = new EnumMap<>(ResumesDeLaSemaine.Issue.class);
        for (ResumesHebdomadaires.Abonne abonne : resumes.abonnes()) {
            try {
                issues.merge(preparation.preparer(abonne), 1, Integer::sum);
            } catch (RuntimeException echec) {
                journal.warn("Résumé de la semaine de l'utilisateur {} non préparé : {}", abonne.utilisateur().value(),
                        echec.getMessage());
            }
        }
        journal.info("Résumés de la semaine : {}", issues);
        return issues;
    }
}
