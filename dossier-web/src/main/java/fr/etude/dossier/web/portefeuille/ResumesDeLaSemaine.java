package fr.etude.dossier.web.portefeuille;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.courrier.Envoi;
import fr.etude.dossier.core.courrier.Envois;
import fr.etude.dossier.core.etude.Etude;
import fr.etude.dossier.core.etude.IdentiteDeLEtude;
import fr.etude.dossier.core.portail.LecturesDuResume;
import fr.etude.dossier.core.portail.ResumeDeLaSemaine;
import fr.etude.dossier.core.portail.ResumesHebdomadaires;
import fr.etude.dossier.web.format.Messages;

/**
 * One creditor user's summary of the week, in one transaction: the week taken for him (user and
 * Monday, a unique key), then his message queued, or nothing when nothing happened. A second run, here
 * or on another instance, finds the week taken and queues nothing.
 */
@Service
class ResumesDeLaSemaine {

    private final ResumesHebdomadaires resumes;
    private final LecturesDuResume lectures;
    private final RedactionDuResume redaction;
    private final Envois envois;
    private final Etude etude;
    private final Messages messages;
    private final Clock horloge;

    ResumesDeLaSemaine(ResumesHebdomadaires resumes, LecturesDuResume lectures, RedactionDuResume redaction, Envois envois,
                       Etude etude, Messages messages, Clock horloge) {
        this.resumes = resumes;
        this.lectures = lectures;
        this.redaction = redaction;
        this.envois = envois;
        this.etude = etude;
        this.messages = messages;
        this.horloge = horloge;
    }

    /** What became of one user's week. */
    enum Issue {
        /** His message is in the queue. */
        EN_FILE,
        /** Nothing happened in his dossiers: the week is taken, nothing is sent. */
        RIEN_A_DIRE,
        /** This week's summary was already made. */
        DEJA_FAIT
    }

    @Transactional
    Issue preparer(ResumesHebdomadaires.Abonne abonne) {
        Instant maintenant = horloge.instant();
        LocalDate semaine = LocalDate.now(horloge).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Optional<ResumeDeLaSemaine.Periode> periode = ResumeDeLaSemaine.Periode.depuis(resumes.finDuDernier(abonne.utilisateur()),
                maintenant);
        if (periode.isEmpty()) {
            return Issue.DEJA_FAIT;
        }
        ResumeDeLaSemaine resume = lectures.lire(abonne.creancier(), periode.get());
        if (resume.estVide()) {
            return resumes.reserver(abonne.utilisateur(), semaine, periode.get(), Optional.empty())
                    ? Issue.RIEN_A_DIRE : Issue.DEJA_FAIT;
        }
        Envoi envoi = Envoi.aEnvoyer(redaction.rediger(abonne.nom(), etude.identite().map(IdentiteDeLEtude::nom), resume),
                abonne.courriel(), messages.texte("resume.objet",
                        FormatFrancais.date(periode.get().premierJour(horloge.getZone())),
                        FormatFrancais.date(periode.get().dernierJour(horloge.getZone()))), maintenant);
        if (!resumes.reserver(abonne.utilisateur(), semaine, periode.get(), Optional.of(envoi.id()))) {
            return Issue.DEJA_FAIT;
        }
        envois.mettreEnFile(envoi);
        return Issue.EN_FILE;
    }
}
