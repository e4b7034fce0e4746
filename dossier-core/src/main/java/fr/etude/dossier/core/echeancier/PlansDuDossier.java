package fr.etude.dossier.core.echeancier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.ProchaineAction;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.core.paiement.Paiement;

/**
 * The payment plans of one dossier, oldest first, and the rules that hold them together: one plan
 * followed at a time, an agreement that has been given, instalments still to come, a reason to
 * cancel, and payments since the agreement spread over the plan being followed.
 */
public final class PlansDuDossier {

    /** Longest sûreté description and cancellation reason kept. */
    public static final int TEXTE_MAX = 300;

    private final List<Echeancier> plans;

    private PlansDuDossier(List<Echeancier> plans) {
        this.plans = List.copyOf(plans);
    }

    public static PlansDuDossier de(List<Echeancier> plansDuPlusAncien) {
        return new PlansDuDossier(plansDuPlusAncien);
    }

    public List<Echeancier> tous() {
        return plans;
    }

    /** The plan being followed, or the last one that ended; cancelled plans are history. */
    public Optional<Echeancier> courant() {
        for (int i = plans.size() - 1; i >= 0; i--) {
            if (plans.get(i).statut() != Echeancier.Statut.ANNULE) {
                return Optional.of(plans.get(i));
            }
        }
        return Optional.empty();
    }

    /** A new plan may be agreed: none is running. */
    public boolean peutEnConvenirUn() {
        return courant().filter(plan -> plan.statut() == Echeancier.Statut.EN_COURS).isEmpty();
    }

    /** A plan may be cancelled while it runs or once it failed. */
    public static boolean peutEtreAnnule(Echeancier plan) {
        return plan.statut() == Echeancier.Statut.EN_COURS || plan.statut() == Echeancier.Statut.DEFAILLANT;
    }

    /** A schedule starts on a day to come: an instalment already past would be missed at once. */
    /**
     * A plan stays within what the créancier grants: at most {@code dureeMaxMois} months from the first
     * instalment to the last, and no instalment below {@code minimum} but the last, which takes the rest.
     */
    public static void verifierLesLimitesDuCreancier(List<Echeance> echeances, int dureeMaxMois, Montant minimum,
                                                     String creancier) {
        if (echeances.isEmpty()) {
            return;
        }
        long mois = java.time.temporal.ChronoUnit.MONTHS.between(echeances.get(0).date().withDayOfMonth(1),
                echeances.get(echeances.size() - 1).date().withDayOfMonth(1)) + 1;
        if (mois > dureeMaxMois) {
            throw new RegleEnfreinte("Cet échéancier court sur " + mois + " mois : " + creancier + " n'en accorde pas plus de "
                    + dureeMaxMois + ".");
        }
        echeances.subList(0, echeances.size() - 1).stream().filter(echeance -> echeance.montant().compareTo(minimum) < 0)
                .findFirst().ifPresent(echeance -> {
                    throw new RegleEnfreinte("L'échéance n°" + echeance.rang() + " (" + FormatFrancais.euros(echeance.montant())
                            + ") est inférieure au minimum de " + FormatFrancais.euros(minimum) + " fixé par " + creancier + ".");
                });
    }

    public static void verifierLaPremiereEcheance(LocalDate premiere, LocalDate aujourdhui) {
        if (premiere.isBefore(aujourdhui)) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.PREMIERE_ECHEANCE, "La première échéance ("
                    + FormatFrancais.date(premiere) + ") est passée : choisissez aujourd'hui ou une date à venir.");
        }
    }

    /**
     * The debtor agreed to the schedule on {@code accordLe}: the plan runs from that day.
     *
     * @throws RegleEnfreinte when a plan already runs, the agreement is dated in the future or the
     *                           first instalment is past
     */
    public Echeancier convenir(List<Echeance> echeances, Optional<String> surete, LocalDate accordLe,
                               LocalDate aujourdhui, int joursDeGrace) {
        if (!peutEnConvenirUn()) {
            throw new RegleEnfreinte("Un échéancier est déjà en cours sur ce dossier : annulez-le avant d'en convenir un autre.");
        }
        if (accordLe.isAfter(aujourdhui)) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.ACCORD, "L'accord du débiteur ("
                    + FormatFrancais.date(accordLe) + ") ne peut pas être daté du futur.");
        }
        verifierLaPremiereEcheance(echeances.get(0).date(), aujourdhui);
        if (surete.filter(texte -> texte.length() > TEXTE_MAX).isPresent()) {
            throw new IllegalArgumentException("La sûreté se décrit en " + TEXTE_MAX + " caractères au plus.");
        }
        Montant total = echeances.stream().map(Echeance::montant).reduce(Montant.ZERO, Montant::plus);
        Echeancier echeancier = Echeancier.proposer(total, echeances, joursDeGrace, surete);
        echeancier.accepter(accordLe);
        return echeancier;
    }

    /** What the dossier's clerk does next: check the first instalment once its grace days are over. */
    public static ProchaineAction suiviDe(Echeancier plan) {
        Echeance premiere = plan.echeances().get(0);
        return new ProchaineAction(premiere.date().plusDays(plan.joursDeGrace() + 1L), ProchaineAction.Type.SUIVI_ECHEANCIER);
    }

    /** Cancels one of this dossier's plans, for a reason the timeline keeps. */
    public Echeancier annuler(UUID id, String motif) {
        if (motif == null || motif.isBlank()) {
            throw new IllegalArgumentException("Le motif de l'annulation est obligatoire.");
        }
        if (motif.strip().length() > TEXTE_MAX) {
            throw new IllegalArgumentException("Le motif de l'annulation se dit en " + TEXTE_MAX + " caractères au plus.");
        }
        Echeancier plan = plans.stream().filter(echeancier -> echeancier.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cet échéancier n'appartient pas à ce dossier."));
        plan.annuler();
        return plan;
    }

    /**
     * Spreads what was paid since the agreement (reversed payments left out) over the plan being
     * followed, after a payment or a reversal.
     *
     * @return the plan whose instalments moved, if one is followed
     */
    public Optional<Echeancier> constaterVersements(List<Paiement> paiements) {
        Optional<Echeancier> suivi = courant().filter(plan -> plan.statut() != Echeancier.Statut.PROPOSE);
        suivi.ifPresent(plan -> {
            LocalDate depuis = plan.accepteLe().orElseThrow();
            Montant verse = paiements.stream()
                    .filter(paiement -> !paiement.estContrepasse() && !paiement.date().isBefore(depuis))
                    .map(Paiement::impute).reduce(Montant.ZERO, Montant::plus);
            plan.constaterVersements(verse);
        });
        return suivi;
    }
}
