package fr.etude.dossier.web.escalade;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.decompte.Decompte;
import fr.etude.dossier.core.dossier.ContexteDEscalade;
import fr.etude.dossier.core.dossier.ControleDEscalade;
import fr.etude.dossier.core.dossier.DecisionDEscalade;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ListesDeDossiers;
import fr.etude.dossier.core.dossier.ListesDeDossiers.DemandeEnAttente;
import fr.etude.dossier.core.dossier.PolitiquesDEscalade;
import fr.etude.dossier.core.dossier.Procedure;
import fr.etude.dossier.web.dossier.ConsultationDeDossier;

/**
 * The commissaire's queue of requests to go to court, each as he weighs it today: its décompte, its
 * checklist with the facts, the policies' refusals and risk flags, the procedures the rules allow,
 * and the last entries of its timeline.
 */
@Service
class FileDesDemandes {

    /** The requests waiting are few (each is a decision); beyond this many, the oldest come first. */
    static final int DEMANDES_MAX = 200;
    private static final int ENTREES_RECENTES = 5;

    private final ListesDeDossiers listes;
    private final Dossiers dossiers;
    private final LecturesDeDossier lectures;
    private final ConsultationDeDossier consultation;
    private final Escalades escalades;
    private final Clock horloge;

    FileDesDemandes(ListesDeDossiers listes, Dossiers dossiers, LecturesDeDossier lectures, ConsultationDeDossier consultation,
                    Escalades escalades, Clock horloge) {
        this.listes = listes;
        this.dossiers = dossiers;
        this.lectures = lectures;
        this.consultation = consultation;
        this.escalades = escalades;
        this.horloge = horloge;
    }

    /**
     * @param refus       what the policies would refuse today (the request was accepted when made; a
     *                    complaint or a suspension may have come since)
     * @param signaux     the risk flags, with their facts
     * @param procedures  the procedures the commissaire may choose
     */
    record DemandeAExaminer(DemandeEnAttente demande, Optional<Decompte> decompte, Optional<String> decompteImpossible,
                            List<ControleDEscalade.Point> controle, boolean conforme, List<String> refus, List<String> signaux,
                            List<Procedure> procedures, List<FicheDeDossier.Entree> recents) {
    }

    /** The waiting requests, oldest first: the queue's rows and its filters' lists. */
    @Transactional(readOnly = true)
    List<DemandeEnAttente> enAttente() {
        return listes.demandesEnAttente(DEMANDES_MAX);
    }

    /** Those of {@code enAttente} the filter keeps, each weighed today. */
    @Transactional(readOnly = true)
    List<DemandeAExaminer> examiner(List<DemandeEnAttente> enAttente, FiltreDesDemandes filtre) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        BiFunction<Dossier, Montant, ContexteDEscalade> contextes = escalades.contextes();
        return enAttente.stream()
                .filter(filtre::retient)
                .flatMap(demande -> examiner(demande, aujourdhui, contextes).stream())
                .filter(filtre::retient)
                .toList();
    }

    private Optional<DemandeAExaminer> examiner(DemandeEnAttente demande, LocalDate aujourdhui,
                                                BiFunction<Dossier, Montant, ContexteDEscalade> contextes) {
        Optional<FicheDeDossier> fiche = lectures.fiche(demande.dossier().id());
        Optional<Dossier> dossier = dossiers.parId(demande.dossier().id());
        if (fiche.isEmpty() || dossier.isEmpty() || dossier.get().demandeEnAttente().isEmpty()) {
            return Optional.empty();
        }
        ContexteDEscalade contexte = contextes.apply(dossier.get(), fiche.get().solde());
        Dossier lu = dossier.get();
        DecisionDEscalade decision = PolitiquesDEscalade.evaluer(lu, lu.demandeEnAttente().get().cible(), contexte);
        List<ControleDEscalade.Point> controle = ControleDEscalade.pour(lu, contexte);
        ConsultationDeDossier.Resultat decompte = consultation.decompte(fiche.get(), lu, aujourdhui);
        return Optional.of(new DemandeAExaminer(demande, decompte.decompte(), decompte.refus(), controle,
                ControleDEscalade.conforme(controle) && decision.acceptee(), decision.motifs(), decision.avertissements(),
                PolitiquesDEscalade.proceduresPermises(contexte),
                lectures.chronologie(lu.id(), Optional.empty(), ENTREES_RECENTES)));
    }
}
