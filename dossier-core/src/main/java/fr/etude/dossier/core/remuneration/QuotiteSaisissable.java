package fr.etude.dossier.core.remuneration;

import fr.etude.dossier.core.argent.Montant;

/**
 * What may be seized from a salary each month, and what the debtor keeps.
 *
 * @param annuelle           the scale applied to the yearly salary (art. R3252-2 C. trav.), to the cent
 * @param mensuelle          what is seized each month, after the floor of art. R3252-5
 * @param laisseeAuDebiteur  the monthly salary less what is seized
 * @param limiteeParLeRsa    the floor of art. R3252-5 lowered what the scale allowed
 */
public record QuotiteSaisissable(Montant annuelle, Montant mensuelle, Montant laisseeAuDebiteur, boolean limiteeParLeRsa) {
}
