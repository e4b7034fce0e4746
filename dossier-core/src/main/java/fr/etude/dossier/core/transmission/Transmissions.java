package fr.etude.dossier.core.transmission;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import fr.etude.dossier.core.creancier.CreancierId;

/** Port: where the dossiers a créancier sends are written, many at once. */
public interface Transmissions {

    /**
     * Holds, until the end of the transaction, the right to open the créancier's dossiers: two files
     * (or a file and the form) never open the same reference twice. False if another still holds it
     * after a short wait.
     */
    boolean verrouiller(CreancierId creancier);

    /** Of {@code references}, those the créancier has already sent. */
    Set<String> dejaTransmises(CreancierId creancier, Collection<String> references);

    /** Reserves {@code nombre} consecutive dossier numbers of the year and returns the first. */
    int numeros(int annee, int nombre);

    /** Stores the dossiers, their débiteurs, créances and first timeline entries, and the audit trail. */
    void enregistrer(CreancierId creancier, List<DossierTransmis.Ouverture> ouvertures);
}
