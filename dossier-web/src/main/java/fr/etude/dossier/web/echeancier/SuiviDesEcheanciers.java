package fr.etude.dossier.web.echeancier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.debiteur.SituationsDesDebiteurs;
import fr.etude.dossier.core.debiteur.SolutionNegociee;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.ProchaineAction;
import fr.etude.dossier.core.dossier.StatutDossier;
import fr.etude.dossier.core.dossier.TypeEvenement;
import fr.etude.dossier.core.echeancier.Echeance;
import fr.etude.dossier.core.echeancier.Echeancier;
import fr.etude.dossier.core.echeancier.Echeanciers;
import fr.etude.dossier.core.paiement.Paiement;
import fr.etude.dossier.core.paiement.Paiements;

/**
 * Payment plans: agreed with the debtor, cancelled, and kept in step with the payments (a payment
 * pays the oldest instalments, a reversal unpays them). The plan, the dossier's next action, the
 * timeline and the audit trail move together.
 */
@Service
public class SuiviDesEcheanciers {

    private final Dossiers dossiers;
    private final Echeanciers echeanciers;
    private final Paiements paiements;
    private final SituationsDesDebiteurs situations;
    private final Clock horloge;
    private final int joursDeGrace;

    SuiviDesEcheanciers(Dossiers dossiers, Echeanciers echeanciers, Paiements paiements, SituationsDesDebiteurs situations,
                        Clock horloge, @Value("${dossier.echeancier.jours-de-grace}") int joursDeGrace) {
        this.dossiers = dossiers;
        this.echeanciers = echeanciers;
        this.paiements = paiements;
        this.situations = situations;
        this.horloge = horloge;
        this.joursDeGrace = joursDeGrace;
    }

    /** The days allowed after an instalment's date before it counts as missed (office setting). */
    public int joursDeGrace() {
        return joursDeGrace;
    }

    /** The plan being followed, or the last one that ended; cancelled plans are history. */
    @Transactional(readOnly = true)
    public Optional<Echeancier> courant(DossierId dossier) {
        return courant(echeanciers.duDossier(dossier));
    }

    /** The plan being followed among a dossier's plans, oldest first. */
    public static Optional<Echeancier> courant(List<Echeancier> tous) {
        for (int i = tous.size() - 1; i >= 0; i--) {
            if (tous.get(i).statut() != Echeancier.Statut.ANNULE) {
                return Optional.of(tous.get(i));
            }
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public List<Echeancier> historique(DossierId dossier) {
        return echeanciers.duDossier(dossier);
    }

    /**
     * Records the debtor's agreement to the simulated plan: the plan runs from {@code accordLe}, the
     * dossier's next action is to check the first instalment once its grace days are over.
     */
    @Transactional
    public Echeancier convenir(DossierId id, long versionLue, List<Echeance> echeances, Optional<String> surete,
                               LocalDate accordLe, Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        if (courant(id).filter(plan -> plan.statut() == Echeancier.Statut.EN_COURS).isPresent()) {
            throw new IllegalArgumentException("Un échéancier est déjà en cours sur ce dossier : annulez-le avant d'en convenir un autre.");
        }
        if (accordLe.isAfter(LocalDate.now(horloge))) {
            throw new IllegalArgumentException("L'accord du débiteur ne peut pas être daté du futur.");
        }
        Montant total = echeances.stream().map(Echeance::montant).reduce(Montant.ZERO, Montant::plus);
        Echeancier echeancier = Echeancier.proposer(total, echeances, joursDeGrace, surete);
        echeancier.accepter(accordLe);
        echeanciers.enregistrer(id, echeancier, auteur);
        situations.consigner(id, new SolutionNegociee(surete.isPresent() ? SolutionNegociee.Nature.ECHELONNEMENT_AVEC_SURETE
                : SolutionNegociee.Nature.ECHELONNEMENT, accordLe, Optional.empty(), surete.orElse("")), auteur);
        Echeance premiere = echeances.get(0);
        dossier.consigner(TypeEvenement.ECHEANCIER, "Échéancier convenu le " + FormatFrancais.date(accordLe) + " : "
                + echeances.size() + " échéance" + (echeances.size() > 1 ? "s" : "") + " pour "
                + FormatFrancais.euros(total) + ", la première de " + FormatFrancais.euros(premiere.montant()) + " le "
                + FormatFrancais.date(premiere.date()) + surete.map(s -> " ; sûreté : " + s).orElse("") + ".",
                auteur, horloge.instant());
        dossier.planifier(new ProchaineAction(premiere.date().plusDays(joursDeGrace + 1L),
                ProchaineAction.Type.SUIVI_ECHEANCIER), auteur, horloge.instant());
        dossiers.enregistrer(dossier);
        return echeancier;
    }

    @Transactional
    public void annuler(DossierId id, long versionLue, UUID echeancierId, String motif, Auteur auteur) {
        if (motif == null || motif.isBlank()) {
            throw new IllegalArgumentException("Le motif de l'annulation est obligatoire.");
        }
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        Echeancier echeancier = echeanciers.duDossier(id).stream().filter(plan -> plan.id().equals(echeancierId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Cet échéancier n'appartient pas à ce dossier."));
        echeancier.annuler();
        echeanciers.enregistrer(id, echeancier, auteur);
        dossier.consigner(TypeEvenement.ECHEANCIER, "Échéancier annulé : " + motif.strip() + ".", auteur, horloge.instant());
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
        Optional<Echeancier> enCours = courant(id).filter(plan -> plan.statut() == Echeancier.Statut.EN_COURS);
        Optional<Echeance> manquee = enCours.flatMap(plan -> plan.verifier(aujourdhui));
        if (manquee.isEmpty()) {
            return false;
        }
        echeanciers.enregistrer(id, enCours.get(), Auteur.SURVEILLANCE);
        Dossier dossier = dossiers.parId(id).orElseThrow();
        dossier.consigner(TypeEvenement.ECHEANCIER, "Échéance n°" + manquee.get().rang() + " du "
                + FormatFrancais.date(manquee.get().date()) + " impayée après " + joursDeGrace
                + " jours de grâce : l'échéancier est défaillant.", Auteur.SURVEILLANCE, horloge.instant());
        if (dossier.statut() == StatutDossier.OUVERT) {
            dossier.planifier(new ProchaineAction(aujourdhui, ProchaineAction.Type.ECHEANCE_IMPAYEE), Auteur.SURVEILLANCE,
                    horloge.instant());
        }
        dossiers.enregistrer(dossier);
        return true;
    }

    /**
     * Re-spreads what was paid since the agreement over the plan's instalments, after a payment or a
     * reversal, in the caller's transaction.
     */
    @Transactional
    public void actualiser(DossierId id, Auteur auteur) {
        Optional<Echeancier> suivi = courant(id).filter(plan -> plan.statut() != Echeancier.Statut.PROPOSE);
        if (suivi.isEmpty()) {
            return;
        }
        Echeancier echeancier = suivi.get();
        LocalDate depuis = echeancier.accepteLe().orElseThrow();
        Montant verse = paiements.duDossier(id).stream()
                .filter(paiement -> paiement.contrepassation().isEmpty() && !paiement.date().isBefore(depuis))
                .map(Paiement::montant).reduce(Montant.ZERO, Montant::plus);
        echeancier.constaterVersements(verse);
        echeanciers.enregistrer(id, echeancier, auteur);
    }
}
