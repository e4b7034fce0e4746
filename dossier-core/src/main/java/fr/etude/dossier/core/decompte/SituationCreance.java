package fr.etude.dossier.core.decompte;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.CreanceId;

/**
 * One créance at the statement date. Interest includes what was capitalised, so that
 * {@code du = principal + interets + accessoires} and {@code solde = du - paye}.
 */
public record SituationCreance(CreanceId creance, String libelle, String regime, Montant principal, Montant interets,
                               Montant interetsCapitalises, Montant accessoires, Montant payeInterets,
                               Montant payeAccessoires, Montant payeCapital) {

    public Montant du() {
        return principal.plus(interets).plus(accessoires);
    }

    public Montant paye() {
        return payeInterets.plus(payeAccessoires).plus(payeCapital);
    }

    public Montant solde() {
        return du().moins(paye());
    }

    public Montant capitalRestant() {
        return principal.plus(interetsCapitalises).moins(payeCapital);
    }

    public Montant interetsRestants() {
        return interets.moins(interetsCapitalises).moins(payeInterets);
    }

    public Montant accessoiresRestants() {
        return accessoires.moins(payeAccessoires);
    }
}
