package fr.etude.dossier.web.echeancier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.creancier.Creanciers;
import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.dossier.SituationsDesDebiteurs;
import fr.etude.dossier.core.debiteur.SolutionNegociee;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.Phrases;
import fr.etude.dossier.core.dossier.EvenementDuDossier;
import fr.etude.dossier.core.dossier.Paiements;
import fr.etude.dossier.core.dossier.ProchaineAction;
import fr.etude.dossier.core.dossier.StatutDossier;
import fr.etude.dossier.core.dossier.TypeEvenement;
import fr.etude.dossier.core.echeancier.Echeance;
import fr.etude.dossier.core.echeancier.Echeancier;
import fr.etude.dossier.core.echeancier.Echeanciers;
import fr.etude.dossier.core.echeancier.PlansDuDossier;
import fr.etude.dossier.core.reglage.Reglage;
import fr.etude.dossier.core.reglage.ReglagesDeLEtude;

/**
 * Payment plans: agreed with the debtor, cancelled, and kept in step with the payments (a payment
 * pays the oldest instalments, a reversal unpays them). The rules are the core's
 * ({@link PlansDuDossier}); here the plan, the dossier's next action, the timeline and the audit
 * trail move together, in one transaction.
 */
@Service
public class SuiviDesEcheanciers {

    private final Dossiers dossiers;
    private final Echeanciers echeanciers;
    private final Paiements paiements;
    private final SituationsDesDebiteurs situations;
    private final Clock horloge;
    private final ReglagesDeLEtude reglages;
    private final Creanciers creanciers;

    SuiviDesEcheanciers(Dossiers dossiers, Echeanciers echeanciers, Paiements paiements, SituationsDesDebiteurs situations,
                        Clock horloge, ReglagesDeLEtude reglages, Creanciers creanciers) {
        this.creanciers = creanciers;
        this.dossiers = dossiers;
        this.echeanciers = echeanciers;
        this.paiements = paiements;
        this.situations = situations;
        this.horloge = horloge;
        this.reglages = reglages;
    }

    /** The days allowed after an instalment's date before it counts as missed (office setting). */
    public int joursDeGrace() {
        return reglages.entier(Reglage.ECHEANCIER_JOURS_DE_GRACE);
    }

    @Transactional(readOnly = true)
    public PlansDuDossier plans(DossierId dossier) {
        return PlansDuDossier.de(echeanciers.duDossier(dossier));
    }

    /**
     * Records the debtor's agreement to the simulated plan: the plan runs from {@code accordLe}, the
     * dossier's next action is to check the first instalment once its grace days are over.
     */
    @Transactional
    public Echeancier convenir(DossierId id, long versionLue, List<Echeance> echeances, Optional<String> surete,
                               LocalDate accordLe, Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        creanciers.parId(dossier.creancier()).ifPresent(enregistre -> PlansDuDossier.verifierLesLimitesDuCreancier(echeances,
                enregistre.creancier().conditions().dureeMaxEcheancierMois(),
                enregistre.creancier().conditions().echeanceMinimale(), enregistre.creancier().raisonSociale()));
        Echeancier echeancier = plans(id).convenir(echeances, surete, accordLe, LocalDate.now(horloge), joursDeGrace());
        echeanciers.enregistrer(id, echeancier, auteur);
        situations.consigner(id, new SolutionNegociee(surete.isPresent() ? SolutionNegociee.Nature.ECHELONNEMENT_AVEC_SURETE
                : SolutionNegociee.Nature.ECHELONNEMENT, accordLe, Optional.empty(), surete.orElse("")), auteur);
        Echeance premiere = echeances.get(0);
        dossier.consigner(TypeEvenement.ECHEANCIER, Phrases.de("echeancier.convenu", FormatFrancais.date(accordLe),
                echeances.size(), FormatFrancais.euros(echeancier.montantCouvert()), FormatFrancais.euros(premiere.montant()),
                FormatFrancais.date(premiere.date()), surete.map(s -> Phrases.de("echeancier.surete", s)).orElse("")),
                auteur, horloge.instant());
        dossier.planifier(PlansDuDossier.suiviDe(echeancier), auteur, horloge.instant());
        dossiers.enregistrer(dossier);
        return echeancier;
    }

    @Transactional
    public void annuler(DossierId id, long versionLue, UUID echeancierId, String motif, Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        Echeancier echeancier = plans(id).annuler(echeancierId, motif);
        echeanciers.enregistrer(id, echeancier, auteur);
        dossier.consigner(TypeEvenement.ECHEANCIER, Phrases.de("echeancier.annule", motif.strip()), auteur, horloge.instant());
        dossiers.enregistrer(dossier);
    }

    /**
     * The nightly check of one dossier: an instalment unpaid past the grace days makes the plan
     * défaillant and brings the dossier back to its clerk today, first among the ordinary actions.
     *
     * @return whether the plan became défaillant
     */
    @Transactional
    public boolean verifier(DossierId id) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        Optional<Echeancier> enCours = plans(id).courant().filter(plan -> plan.statut() == Echeancier.Statut.EN_COURS);
        Optional<Echeance> manquee = enCours.flatMap(plan -> plan.verifier(aujourdhui));
        if (manquee.isEmpty()) {
            return false;
        }
        echeanciers.enregistrer(id, enCours.get(), Auteur.SURVEILLANCE);
        Dossier dossier = dossiers.parId(id).orElseThrow();
        dossier.consigner(TypeEvenement.ECHEANCIER, Phrases.de("echeancier.defaillant", manquee.get().rang(),
                FormatFrancais.date(manquee.get().date()), enCours.get().joursDeGrace()), Auteur.SURVEILLANCE, horloge.instant());
        if (dossier.statut() == StatutDossier.OUVERT) {
            dossier.planifier(new ProchaineAction(aujourdhui, ProchaineAction.Type.ECHEANCE_IMPAYEE), Auteur.SURVEILLANCE,
                    horloge.instant());
        }
        dossiers.enregistrer(dossier);
        return true;
    }

    /** A payment pays the oldest instalments of the plan being followed, in the payment's transaction. */
    @EventListener
    void surPaiement(EvenementDuDossier.PaiementEncaisse paiement) {
        actualiser(paiement.dossier(), paiement.auteur());
    }

    /** A reversal unpays them. */
    @EventListener
    void surContrepassation(EvenementDuDossier.PaiementContrepasse contrepassation) {
        actualiser(contrepassation.dossier(), contrepassation.auteur());
    }

    private void actualiser(DossierId id, Auteur auteur) {
        plans(id).constaterVersements(paiements.duDossier(id))
                .ifPresent(echeancier -> echeanciers.enregistrer(id, echeancier, auteur));
    }
}
