package fr.etude.dossier.core.demo;

import java.time.LocalDate;
import java.util.List;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/**
 * Port: an invented office (créanciers, dossiers and their histories) for the demo and for
 * benchmarks. A port like the others so that the web module, which decides when to fill the
 * database, never names the persistence class that knows how.
 */
public interface DonneesFictives {

    /** The demo créanciers, created unless they already exist; the same ones at every call. */
    List<CreancierId> creerCreanciers();

    /**
     * {@code nombre} more dossiers spread over the créanciers and the clerks, their next actions
     * around {@code aujourdhui}. The same seed gives the same dossiers.
     */
    void genererDossiers(int nombre, List<CreancierId> creanciers, List<UtilisateurId> clercs, LocalDate aujourdhui,
                         long graine);
}
