package fr.etude.dossier.core.reglage;

import java.time.LocalTime;
import java.util.List;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** Port: the office's settings as stored now, read at each use so that a change applies at once everywhere. */
public interface ReglagesDeLEtude {

    String valeur(Reglage reglage);

    default int entier(Reglage reglage) {
        return Integer.parseInt(valeur(reglage));
    }

    default Montant montant(Reglage reglage) {
        return Montant.of(valeur(reglage));
    }

    default LocalTime heure(Reglage reglage) {
        return LocalTime.parse(valeur(reglage));
    }

    /** Every setting with its value, description and source, in the order of {@link Reglage}. */
    List<ReglageEnVigueur> tous();

    /** Stores a value already checked by {@link Reglage#verifier}, with the audit of who, when, before and after. */
    void modifier(Reglage reglage, String valeur, UtilisateurId auteur, String nomDeLAuteur);

    record ReglageEnVigueur(Reglage reglage, String valeur, String description, String source) {
    }
}
