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
 * @param tropPercu   the part received above the balance, kept apart to be returned to the debtor
 *                    (répétition de l'indu, 1302-1 C. civ.)
 */
public record Paiement(UUID id, LocalDate date, Montant montant, ModePaiement mode, String reference,
                       Optional<CreanceId> designation, Montant tropPercu, Optional<Contrepassation> contrepassation) {

    /** Longest reference kept (cheque number, transfer label). */
    public static final int REFERENCE_MAX = 100;
    /** Longest reason of a reversal. */
    public static final int MOTIF_MAX = 300;

    public Paiement {
        Objects.requireNonNull(id);
        Objects.requireNonNull(mode, "Le mode de paiement est obligatoire.");
        Objects.requireNonNull(date, "La date du paiement est obligatoire.");
        if (montant == null || !montant.estPositif()) {
            throw new IllegalArgumentException("Le montant du paiement doit être positif.");
        }
        reference = reference == null ? "" : reference.strip();
        if (reference.length() > REFERENCE_MAX) {
            throw new IllegalArgumentException("La référence du paiement dépasse " + REFERENCE_MAX + " caractères.");
        }
        Objects.requireNonNull(tropPercu);
        if (tropPercu.estNegatif() || tropPercu.compareTo(montant) > 0) {
            throw new IllegalArgumentException("Le trop-perçu est une partie du paiement.");
        }
    }

    /** Money received on a day that has come: a payment is never dated in the future. */
    public static Paiement encaisser(LocalDate date, Montant montant, ModePaiement mode, String reference,
                                     LocalDate aujourdhui) {
        if (date != null && date.isAfter(aujourdhui)) {
            throw new IllegalArgumentException("La date du paiement (" + FormatFrancais.date(date)
                    + ") ne peut pas être dans le futur.");
        }
        return new Paiement(UUID.randomUUID(), date, montant, mode, reference, Optional.empty(), Montant.ZERO,
                Optional.empty());
    }

    public Paiement designant(CreanceId creance) {
        return new Paiement(id, date, montant, mode, reference, Optional.of(creance), tropPercu, contrepassation);
    }

    /** The same payment, of which {@code excedent} went above the balance. */
    public Paiement avecTropPercu(Montant excedent) {
        return new Paiement(id, date, montant, mode, reference, designation, excedent, contrepassation);
    }

    /** What the payment paid of the debt: the amount less the trop-perçu. */
    public Montant impute() {
        return montant.moins(tropPercu);
    }

    public boolean estContrepasse() {
        return contrepassation.isPresent();
    }

    /** Cancels the payment by a counter-entry (an unpaid cheque, a recalled transfer). */
    public Paiement contrepasser(LocalDate le, String motif, LocalDate aujourdhui) {
        if (contrepassation.isPresent()) {
            throw new IllegalStateException("Ce paiement a déjà été contre-passé le "
                    + FormatFrancais.date(contrepassation.get().date()) + ".");
        }
        Objects.requireNonNull(le, "La date de la contre-passation est obligatoire.");
        if (le.isBefore(date) || le.isAfter(aujourdhui)) {
            throw new IllegalArgumentException("La contre-passation doit être datée entre le paiement ("
                    + FormatFrancais.date(date) + ") et aujourd'hui.");
        }
        return new Paiement(id, date, montant, mode, reference, designation, tropPercu,
                Optional.of(new Contrepassation(le, motif)));
    }

    public record Contrepassation(LocalDate date, String motif) {
        public Contrepassation {
            if (motif == null || motif.isBlank()) {
                throw new IllegalArgumentException("Le motif de la contre-passation est obligatoire (ex. chèque impayé).");
            }
            motif = motif.strip();
            if (motif.length() > MOTIF_MAX) {
                throw new IllegalArgumentException("Le motif de la contre-passation dépasse " + MOTIF_MAX + " caractères.");
            }
        }
    }
}
