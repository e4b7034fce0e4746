package fr.etude.dossier.core.debiteur;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import java.time.LocalDate;
import java.util.Objects;

import fr.etude.dossier.core.argent.Montant;

/**
 * What the debtor declares of his means on a date, per month: resources (wages, benefits…), fixed
 * charges (rent, energy, insurance…), repayments of other debts, the people he supports, his
 * employment. Declared, not proven: the clerk records what he is told.
 */
public record SituationFinanciere(LocalDate declareeLe, Montant ressources, Montant charges, Montant autresDettes,
                                  int personnesACharge, Emploi emploi, String precisions) {

    public enum Emploi { CDI, CDD_OU_INTERIM, INDEPENDANT, SANS_EMPLOI, RETRAITE, ETUDIANT, AUTRE }

    public SituationFinanciere {
        Objects.requireNonNull(declareeLe, "La date de la déclaration est obligatoire.");
        Objects.requireNonNull(emploi, "La situation d'emploi est obligatoire.");
        exigerPositifOuNul(ressources, "Les ressources");
        exigerPositifOuNul(charges, "Les charges");
        exigerPositifOuNul(autresDettes, "Les remboursements d'autres dettes");
        if (personnesACharge < 0 || personnesACharge > 20) {
            throw new IllegalArgumentException("Le nombre de personnes à charge doit être compris entre 0 et 20.");
        }
        precisions = precisions == null ? "" : precisions.strip();
    }

    private static void exigerPositifOuNul(Montant montant, String quoi) {
        if (montant == null) {
            throw new IllegalArgumentException(quoi + " sont obligatoires (0 si aucune).");
        }
        if (montant.compareTo(Montant.ZERO) < 0) {
            throw new IllegalArgumentException(quoi + " ne peuvent être négatives.");
        }
    }

    /** The household: the debtor and the people he supports. */
    public int personnesDuFoyer() {
        return 1 + personnesACharge;
    }

    /** A declaration is recorded once the debtor made it, never ahead of the day. */
    public void verifierPassee(LocalDate aujourdhui) {
        if (declareeLe.isAfter(aujourdhui)) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "La déclaration (" + FormatFrancais.date(declareeLe)
                    + ") ne peut pas être datée du futur.");
        }
    }
}
