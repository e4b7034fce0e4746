package fr.etude.dossier.core.dossier;

import fr.etude.dossier.core.argent.Montant;

/** A creditor's portfolio in figures. */
public record SynthesePortefeuille(long dossiers, long dossiersOuverts, Montant principal, Montant recouvre,
                                   Montant solde) {
}
