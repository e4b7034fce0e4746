package fr.etude.dossier.core.echeancier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;

/**
 * A payment plan agreed with the debtor: instalments that together cover the amount, followed one by
 * one; an instalment unpaid past the grace days makes the plan défaillant.
 */
public final class Echeancier {

    public enum Statut { PROPOSE, EN_COURS, RESPECTE, DEFAILLANT, ANNULE }

    private final java.util.UUID id;
    private final Montant montantCouvert;
    private final List<Echeance> echeances;
    private final int joursDeGrace;
    private final Optional<String> surete;
    private Statut statut;
    private Optional<LocalDate> accepteLe = Optional.empty();

    private Echeancier(java.util.UUID id, Montant montantCouvert, List<Echeance> echeances, int joursDeGrace,
                       Optional<String> surete, Statut statut) {
        this.id = id;
        this.montantCouvert = montantCouvert;
        this.echeances = new ArrayList<>(echeances);
        this.joursDeGrace = joursDeGrace;
        this.surete = surete;
        this.statut = statut;
    }

    /** A plan whose instalments, in date order, add up exactly to the amount to cover. */
    public static Echeancier proposer(Montant aCouvrir, List<Echeance> echeances, int joursDeGrace,
                                      Optional<String> surete) {
        Objects.requireNonNull(aCouvrir);
        if (echeances.isEmpty()) {
            throw new IllegalArgumentException("Un échéancier compte au moins une échéance.");
        }
        if (joursDeGrace < 0) {
            throw new IllegalArgumentException("Le délai de grâce ne peut être négatif.");
        }
        for (int i = 1; i < echeances.size(); i++) {
            if (!echeances.get(i).date().isAfter(echeances.get(i - 1).date())) {
                throw new IllegalArgumentException("L'échéance n°" + echeances.get(i).rang()
                        + " doit être postérieure à la précédente.");
            }
        }
        Montant total = echeances.stream().map(Echeance::montant).reduce(Montant.ZERO, Montant::plus);
        if (!total.equals(aCouvrir)) {
            throw new IllegalArgumentException("Le total des échéances (" + FormatFrancais.euros(total)
                    + ") ne correspond pas au montant à couvrir (" + FormatFrancais.euros(aCouvrir) + ").");
        }
        return new Echeancier(java.util.UUID.randomUUID(), aCouvrir, echeances, joursDeGrace,
                surete.filter(s -> !s.isBlank()), Statut.PROPOSE);
    }

    /** The plan as stored. */
    public static Echeancier reconstituer(java.util.UUID id, Montant montantCouvert, List<Echeance> echeances,
                                         int joursDeGrace, Optional<String> surete, Statut statut,
                                         Optional<LocalDate> accepteLe) {
        Echeancier echeancier = new Echeancier(id, montantCouvert, echeances, joursDeGrace, surete, statut);
        echeancier.accepteLe = accepteLe;
        return echeancier;
    }

    /** Equal instalments; the last one takes the odd cents. */
    public static List<Echeance> simulerEnNombre(Montant total, int nombre, Periodicite periodicite,
                                                 LocalDate premiere) {
        if (nombre < 1) {
            throw new IllegalArgumentException("Le nombre d'échéances doit être d'au moins 1.");
        }
        Montant courante = Montant.of(total.valeur().divide(BigDecimal.valueOf(nombre), 2, RoundingMode.DOWN));
        if (!courante.estPositif()) {
            throw new IllegalArgumentException("Trop d'échéances pour ce montant : chacune serait nulle.");
        }
        List<Echeance> echeances = new ArrayList<>();
        for (int rang = 1; rang <= nombre; rang++) {
            Montant montant = rang < nombre ? courante : total.moins(courante.fois(nombre - 1L));
            echeances.add(new Echeance(rang, periodicite.date(premiere, rang - 1), montant, Montant.ZERO));
        }
        return echeances;
    }

    /** Instalments of the amount the debtor can pay; the last one is what remains. */
    public static List<Echeance> simulerParMontant(Montant total, Montant parEcheance, Periodicite periodicite,
                                                   LocalDate premiere) {
        if (parEcheance == null || !parEcheance.estPositif()) {
            throw new IllegalArgumentException("Le montant par échéance doit être positif.");
        }
        int nombre = total.valeur().divide(parEcheance.valeur(), 0, RoundingMode.UP).intValueExact();
        if (nombre > 120) {
            throw new IllegalArgumentException("À " + FormatFrancais.euros(parEcheance) + " par échéance, il en faudrait "
                    + nombre + " : au-delà de 120, proposez un montant plus élevé.");
        }
        List<Echeance> echeances = new ArrayList<>();
        Montant reste = total;
        for (int rang = 1; reste.estPositif(); rang++) {
            Montant montant = reste.min(parEcheance);
            echeances.add(new Echeance(rang, periodicite.date(premiere, rang - 1), montant, Montant.ZERO));
            reste = reste.moins(montant);
        }
        return echeances;
    }

    /** The debtor agreed: the plan starts. */
    public void accepter(LocalDate le) {
        exigerStatut(Statut.PROPOSE, "accepté");
        statut = Statut.EN_COURS;
        accepteLe = Optional.of(le);
    }

    /**
     * What the debtor has paid since the agreement, re-spread over the instalments oldest first: after
     * a payment, and after a reversal (a bounced cheque unpays an instalment). A plan paid in full is
     * respected; a respected plan that loses a payment is running again.
     */
    public void constaterVersements(Montant verseDepuisLAccord) {
        if (statut != Statut.EN_COURS && statut != Statut.RESPECTE && statut != Statut.DEFAILLANT) {
            throw new IllegalStateException("L'échéancier est " + libelle(statut) + " : aucun versement ne s'y impute.");
        }
        Montant reste = verseDepuisLAccord;
        for (int i = 0; i < echeances.size(); i++) {
            Echeance echeance = echeances.get(i);
            Montant part = reste.min(echeance.montant());
            echeances.set(i, new Echeance(echeance.rang(), echeance.date(), echeance.montant(), part));
            reste = reste.moins(part);
        }
        boolean solde = echeances.stream().allMatch(Echeance::soldee);
        if (solde && statut == Statut.EN_COURS) {
            statut = Statut.RESPECTE;
        } else if (!solde && statut == Statut.RESPECTE) {
            statut = Statut.EN_COURS;
        }
    }

    /** The instalment to watch next: the oldest not yet paid. */
    public Optional<Echeance> prochaineEcheance() {
        return echeances.stream().filter(echeance -> !echeance.soldee()).findFirst();
    }

    /** Checks the plan on a day; an instalment missed beyond the grace days makes it défaillant. */
    public Optional<Echeance> verifier(LocalDate aujourdhui) {
        if (statut != Statut.EN_COURS) {
            return Optional.empty();
        }
        Optional<Echeance> manquee = echeances.stream()
                .filter(echeance -> echeance.etat(aujourdhui, joursDeGrace) == Echeance.Etat.MANQUEE).findFirst();
        manquee.ifPresent(echeance -> statut = Statut.DEFAILLANT);
        return manquee;
    }

    public void annuler() {
        if (statut == Statut.RESPECTE || statut == Statut.ANNULE) {
            throw new IllegalStateException("L'échéancier est " + libelle(statut) + " : il ne peut plus être annulé.");
        }
        statut = Statut.ANNULE;
    }

    private void exigerStatut(Statut attendu, String action) {
        if (statut != attendu) {
            throw new IllegalStateException("L'échéancier est " + libelle(statut) + " : il ne peut pas être " + action + ".");
        }
    }

    private static String libelle(Statut statut) {
        return switch (statut) {
            case PROPOSE -> "proposé";
            case EN_COURS -> "en cours";
            case RESPECTE -> "respecté";
            case DEFAILLANT -> "défaillant";
            case ANNULE -> "annulé";
        };
    }

    public java.util.UUID id() {
        return id;
    }

    public Statut statut() {
        return statut;
    }

    public List<Echeance> echeances() {
        return List.copyOf(echeances);
    }

    public Montant montantCouvert() {
        return montantCouvert;
    }

    public int joursDeGrace() {
        return joursDeGrace;
    }

    public Optional<String> surete() {
        return surete;
    }

    public Optional<LocalDate> accepteLe() {
        return accepteLe;
    }

    public Montant restantDu() {
        return echeances.stream().map(Echeance::reste).reduce(Montant.ZERO, Montant::plus);
    }
}
