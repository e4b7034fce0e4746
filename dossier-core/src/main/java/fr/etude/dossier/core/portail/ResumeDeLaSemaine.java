package fr.etude.dossier.core.portail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.MotifCloture;

/**
 * What happened in a créancier's dossiers over a period, as it is told (art. R124-5 CPCE): the payments
 * received, the débiteurs' proposals (promises, payment plans, negotiated solutions, in the words the
 * portal shows), the stage changes and the dossiers closed. Only what the créancier's portal shows:
 * never a note nor the contact log.
 */
public record ResumeDeLaSemaine(Periode periode, List<Paiement> paiements, List<Proposition> propositions,
                                List<ChangementDEtape> changementsDEtape, List<Cloture> clotures) {

    /**
     * From the end of the user's last summary, but never more than a week back (a summary stopped for
     * months does not come back with all of them); to the moment it is made. Consecutive summaries
     * neither overlap nor leave a gap while the job runs each week.
     */
    public record Periode(Instant du, Instant au) {

        public static final Duration SEMAINE = Duration.ofDays(7);

        public Periode {
            Objects.requireNonNull(du);
            Objects.requireNonNull(au);
            if (!du.isBefore(au)) {
                throw new IllegalArgumentException("Période vide : du " + du + " au " + au);
            }
        }

        /** Empty when the last summary already reaches {@code maintenant} (a clock set back). */
        public static Optional<Periode> depuis(Optional<Instant> finDuDernier, Instant maintenant) {
            Instant semaineDerniere = maintenant.minus(SEMAINE);
            Instant du = finDuDernier.filter(fin -> fin.isAfter(semaineDerniere)).orElse(semaineDerniere);
            return du.isBefore(maintenant) ? Optional.of(new Periode(du, maintenant)) : Optional.empty();
        }

        public LocalDate premierJour(ZoneId zone) {
            return LocalDate.ofInstant(du, zone);
        }

        public LocalDate dernierJour(ZoneId zone) {
            return LocalDate.ofInstant(au, zone);
        }
    }

    /** A payment recorded in the period; a reversed one is said so and counts for nothing. */
    public record Paiement(String reference, String debiteur, LocalDate date, Montant montant,
                           Optional<LocalDate> contrepasseLe) {
    }

    /** A promise, a payment plan or a negotiated solution, in the sentence the dossier's page shows. */
    public record Proposition(String reference, String debiteur, LocalDate le, String texte) {
    }

    /** The dossier changed stage; the stage it is at now (the office's reasons stay with the office). */
    public record ChangementDEtape(String reference, String debiteur, LocalDate le, Etape etape) {
    }

    public record Cloture(String reference, String debiteur, LocalDate le, MotifCloture motif) {
    }

    public ResumeDeLaSemaine {
        Objects.requireNonNull(periode);
        paiements = List.copyOf(paiements);
        propositions = List.copyOf(propositions);
        changementsDEtape = List.copyOf(changementsDEtape);
        clotures = List.copyOf(clotures);
    }

    /** What the débiteurs paid in the period, reversed payments aside. */
    public Montant totalEncaisse() {
        return paiements.stream().filter(paiement -> paiement.contrepasseLe().isEmpty()).map(Paiement::montant)
                .reduce(Montant.ZERO, Montant::plus);
    }

    public boolean estVide() {
        return paiements.isEmpty() && propositions.isEmpty() && changementsDEtape.isEmpty() && clotures.isEmpty();
    }
}
