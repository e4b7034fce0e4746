package fr.etude.dossier.core.transmission;

import java.util.List;
import java.util.Optional;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** Port: the rule the administrator sets for who gets a créancier's new dossiers, and the office's turn. */
public interface Attributions {

    /** The rule for the créancier's new dossiers, with today's active clerks. */
    Attribution regle(CreancierId creancier);

    /** The active clerks, by name: those the rule chooses among. */
    List<Attribution.Clerc> clercsActifs();

    /** The clerk named for the créancier, if any (he may have left since: the rule then ignores him). */
    Optional<UtilisateurId> attitre(CreancierId creancier);

    /** Names the créancier's clerk, or none for the clerks in turn. Audited. */
    void nommer(CreancierId creancier, Optional<UtilisateurId> clerc, Auteur auteur);

    /** Reserves {@code nombre} turns of the office's round and returns the first. */
    long tours(int nombre);
}
