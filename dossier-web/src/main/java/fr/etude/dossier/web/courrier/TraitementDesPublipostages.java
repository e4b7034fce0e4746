package fr.etude.dossier.web.courrier;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.etude.dossier.core.courrier.Publipostages;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.LecturesDeDossier;

/**
 * Produces the letters of the batches, one dossier at a time, each in its own transaction with the
 * mark of its line: a stop midway loses at most the letter being made, which the next pass makes
 * again; none is made twice. A letter that cannot be made (contact policy, décompte, address) is
 * reported on its line and the batch goes on. Lines are claimed with row locks that other workers
 * skip, so several workers, here and in other instances, share a batch without a lock of the whole
 * job. Printing a letter is work for one processor: {@code dossier.publipostage.ouvriers} workers
 * print that many letters at once.
 */
@Component
class TraitementDesPublipostages {

    private static final Logger journal = LoggerFactory.getLogger(TraitementDesPublipostages.class);
    private static final int PAR_PASSAGE = 500;

    private final Publipostages publipostages;
    private final ProductionDesCourriers production;
    private final LecturesDeDossier lectures;
    private final TransactionTemplate transaction;
    private final List<Callable<Integer>> ouvriers;
    private final ExecutorService equipe;

    TraitementDesPublipostages(Publipostages publipostages, ProductionDesCourriers production, LecturesDeDossier lectures,
                               PlatformTransactionManager transactions,
                               @Value("${dossier.publipostage.ouvriers:2}") int ouvriers) {
        if (ouvriers < 1) {
            throw new IllegalArgumentException("dossier.publipostage.ouvriers doit valoir au moins 1 : " + ouvriers);
        }
        this.publipostages = publipostages;
        this.production = production;
        this.lectures = lectures;
        this.transaction = new TransactionTemplate(transactions);
        this.ouvriers = Collections.nCopies(ouvriers, this::traiter);
        this.equipe = Executors.newFixedThreadPool(ouvriers, new CustomizableThreadFactory("publipostage-"));
    }

    /** One pass of every worker at once; the next pass starts when all are done. */
    @Scheduled(fixedDelayString = "${dossier.publipostage.intervalle:PT2S}")
    public void enEquipe() throws InterruptedException {
        for (Future<Integer> ouvrier : equipe.invokeAll(ouvriers)) {
            try {
                ouvrier.get();
            } catch (ExecutionException echec) {
                journal.error("Publipostages : passage interrompu", echec.getCause());
            }
        }
    }

    @PreDestroy
    void arreter() {
        equipe.shutdownNow();
    }

    /** One worker's pass: letter after letter until none is left or the pass is full. @return how many it dealt with */
    int traiter() {
        int traitees = 0;
        while (traitees < PAR_PASSAGE && traiterUneLigne()) {
            traitees++;
        }
        return traitees;
    }

    private boolean traiterUneLigne() {
        AtomicReference<Publipostages.Ligne> enCours = new AtomicReference<>();
        try {
            return Boolean.TRUE.equals(transaction.execute(etat -> publipostages.prochaineATraiter().map(ligne -> {
                enCours.set(ligne);
                Publipostages.Publipostage lot = publipostages.parId(ligne.publipostage()).orElseThrow();
                long version = lectures.fiche(ligne.dossier()).orElseThrow().version();
                ProductionDesCourriers.Resultat resultat = production.produire(ligne.dossier(), version, lot.modele(),
                        Optional.empty(), Optional.empty(), false, new Auteur(lot.auteurId(), lot.auteur()));
                resultat.courrier().ifPresentOrElse(courrier -> publipostages.produite(ligne, courrier.id()),
                        () -> publipostages.echouee(ligne, resultat.infractions().stream()
                                .map(infraction -> infraction.explication()).collect(Collectors.joining(" "))));
                return true;
            }).orElse(false)));
        } catch (RuntimeException refus) {
            Publipostages.Ligne ligne = enCours.get();
            if (ligne == null) {
                throw refus;
            }
            // Its transaction was rolled back: the line is marked in a new one, and the batch goes on.
            String motif = refus.getMessage() == null ? refus.getClass().getSimpleName() : refus.getMessage();
            journal.warn("Publipostage {} : courrier du dossier {} non produit : {}", ligne.publipostage(), ligne.reference(), motif);
            transaction.executeWithoutResult(etat -> publipostages.echouee(ligne, motif));
            return true;
        }
    }
}
