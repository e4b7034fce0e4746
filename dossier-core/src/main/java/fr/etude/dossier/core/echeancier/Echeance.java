package fr.etude.dossier.core.echeancier;

import java.time.LocalDate;

import fr.etude.dossier.core.argent.Montant;

/** One instalment of a payment plan and what has been paid on it. */
public record Echeance(int rang, LocalDate date, Montant montant, Montant paye) {

    public enum Etat { PAYEE, A_VENIR, EN_RETARD, MANQUEE }

    public Echeance {
        if (montant == null || !montant.estPositif()) {
            throw new IllegalArgumentException("Le montant de l'échéance n°" + rang + " doit être positif.");
        }
    }

    public Montant reste() {
        return montant.moins(paye);
    }

    public boolean soldee() {
        return !reste().estPositif();
    }

    /** Paid, to come, late (within the grace days) or missed (beyond them). */
    public Etat etat(LocalDate aujourdhui, int joursDeGrace) {
        if (soldee()) {
            return Etat.PAYEE;
        }
        if (!aujourdhui.isAfter(date)) {
            return Etat.A_VENIR;
        }
        return aujourdhui.isAfter(date.plusDays(joursDeGrace)) ? Etat.MANQUEE : Etat.EN_RETARD;
    }
}
