package fr.etude.dossier.core.decompte;

import java.time.LocalDate;

import fr.etude.dossier.core.argent.Montant;

/** A cost the creditor would put on the debtor's account. */
public record FraisADecompter(LocalDate date, String libelle, Montant montant, NatureFrais nature) {

    public enum NatureFrais {
        /** Costs of enforcement on a titre exécutoire: the debtor's (L111-8 al. 1 CPCE). */
        EXECUTION,
        /** Costs of recovery without a titre exécutoire: they stay with the creditor (L111-8 al. 2 CPCE). */
        RECOUVREMENT_AMIABLE
    }

    public FraisADecompter {
        if (montant == null || !montant.estPositif()) {
            throw new IllegalArgumentException("Le montant des frais doit être positif.");
        }
    }
}
