package fr.etude.dossier.core.paiement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.CreanceId;

/**
 * Money received from the debtor. Never deleted: a cheque that bounces is cancelled by a
 * counter-entry (contre-passation) that keeps both in the history. The creditor is told of every
 * payment (R124-5 CPCE).
 *
 * @param designation the créance the debtor said he was paying (1342-10 al. 1 C. civ.)
 */
public record Paiement(UUID id, LocalDate date, Montant montant, ModePaiement mode, String reference,
                       Optional<CreanceId> designation, Optional<Contrepassation> contrepassation) {

    public Paiement {
        Objects.requireNonNull(id);
        Objects.requireNonNull(mode, "Le mode de paiement est obligatoire.");
        Objects.requireNonNull(date, "La date du paiement est obligatoire.");
        if (montant == null || !montant.estPositif()) {
            throw new IllegalArgumentException("Le montant du paiement doit être positif.");
        }
        reference = reference == null ? "" : reference.strip();
    }

    /** Records money received on a day that has come: a payment is never dated in the future. */
    public static Paiement encaisser(LocalDate date, Montant montant, ModePaiement mode, String reference,
                                     LocalDate aujourdhui) {
        if (date != null && date.isAfter(aujourdhui)) {
            throw new IllegalArgumentException("La date du paiement (" + FormatFrancais.date(date)
                    + ") ne peut pas être dans le futur.");
        }
        return new Paiement(UUID.randomUUID(), date, montant, mode, reference, Optional.empty(), Optional.empty());
    }

    public Paiement designant(CreanceId creance) {
        return new Paiement(id, date, montant, mode, reference, Optional.of(creance), contrepassation);
    }

    /** Cancels the payment by a counter-entry (an unpaid cheque, a recalled transfer). */
    public Paiement contrepasser(LocalDate le, String motif, LocalDate aujourdhui) {
        if (contrepassation.isPresent()) {
            throw new IllegalStateException("Ce paiement a déjà été contre-passé le "
                    + FormatFrancais.date(contrepassation.get().date()) + ".");
        }
        if (le.isBefore(date) || le.isAfter(aujourdhui)) {
            throw new IllegalArgumentException("La contre-passation doit être datée entre le paiement ("
                    + FormatFrancais.date(date) + ") et aujourd'hui.");
        }
        return new Paiement(id, date, montant, mode, reference, designation, Optional.of(new Contrepassation(le, motif)));
    }

    public record Contrepassation(LocalDate date, String motif) {
        public Contrepassation {
            if (motif == null || motif.isBlank()) {
                throw new IllegalArgumentException("Le motif de la contre-passation est obligatoire (ex. chèque impayé).");
            }
        }
    }
}
