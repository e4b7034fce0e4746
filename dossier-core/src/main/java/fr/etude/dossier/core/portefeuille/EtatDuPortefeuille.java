package fr.etude.dossier.core.portefeuille;

import java.time.LocalDate;
import java.util.List;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creancier.CreancierId;

/**
 * Port: a créancier's portfolio as it stood at a date, for its statement: the dossiers opened by
 * then, and the principal recovered by then (a payment reversed by then recovered nothing).
 */
public interface EtatDuPortefeuille {

    record Ligne(String reference, String referenceCreancier, String debiteur, LocalDate ouvertLe, Montant principal,
                 Montant recouvre) {

        /** The principal still owed at the date. */
        public Montant solde() {
            return principal.moins(recouvre);
        }
    }

    /** How many of the créancier's dossiers were open at {@code au}. */
    long nombre(CreancierId creancier, LocalDate au);

    /** The créancier's dossiers opened by {@code au}, by reference, at most {@code limite}. */
    List<Ligne> au(CreancierId creancier, LocalDate au, int limite);
}
