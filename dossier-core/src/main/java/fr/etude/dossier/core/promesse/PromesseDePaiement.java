package fr.etude.dossier.core.promesse;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.paiement.Paiement;

/** What the debtor said he would pay, and by when; kept or broken is read from the payments. */
public record PromesseDePaiement(java.util.UUID id, LocalDate faiteLe, LocalDate echeance, Montant montant) {

    public enum Etat { EN_ATTENTE, TENUE, ROMPUE }

    public PromesseDePaiement(LocalDate faiteLe, LocalDate echeance, Montant montant) {
        this(java.util.UUID.randomUUID(), faiteLe, echeance, montant);
    }

    public PromesseDePaiement {
        Objects.requireNonNull(id);
        Objects.requireNonNull(faiteLe);
        if (echeance == null) {
            throw new IllegalArgumentException("La date promise est obligatoire.");
        }
        if (echeance.isBefore(faiteLe)) {
            throw new IllegalArgumentException("La date promise (" + FormatFrancais.date(echeance)
                    + ") ne peut précéder le jour de la promesse (" + FormatFrancais.date(faiteLe) + ").");
        }
        if (montant == null || !montant.estPositif()) {
            throw new IllegalArgumentException("Le montant promis doit être positif.");
        }
    }

    /** Kept when payments made since the promise reach the amount by the date plus the grace days. */
    public Etat etat(List<Paiement> paiements, LocalDate aujourdhui, int joursDeGrace) {
        LocalDate limite = echeance.plusDays(joursDeGrace);
        Montant verse = paiements.stream()
                .filter(paiement -> paiement.contrepassation().isEmpty())
                .filter(paiement -> !paiement.date().isBefore(faiteLe) && !paiement.date().isAfter(limite))
                .map(Paiement::montant).reduce(Montant.ZERO, Montant::plus);
        if (verse.compareTo(montant) >= 0) {
            return Etat.TENUE;
        }
        return aujourdhui.isAfter(limite) ? Etat.ROMPUE : Etat.EN_ATTENTE;
    }
}
