package fr.etude.dossier.core.reglage;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** Every value at once, for a rule that reads several (one query instead of one per setting). */
    default Instantane instantane() {
        return new Instantane(tous().stream().collect(Collectors.toMap(ReglageEnVigueur::reglage, ReglageEnVigueur::valeur)));
    }

    /** Stores a value already checked by {@link Reglage#verifier}, with the audit of who, when, before and after. */
    void modifier(Reglage reglage, String valeur, UtilisateurId auteur, String nomDeLAuteur);

    record ReglageEnVigueur(Reglage reglage, String valeur, String description, String source) {
    }

    /** The settings as they were read, once. */
    record Instantane(Map<Reglage, String> valeurs) {

        public Instantane {
            valeurs = Map.copyOf(valeurs);
        }

        public int entier(Reglage reglage) {
            return Integer.parseInt(valeur(reglage));
        }

        public Montant montant(Reglage reglage) {
            return Montant.of(valeur(reglage));
        }

        public LocalTime heure(Reglage reglage) {
            return LocalTime.parse(valeur(reglage));
        }

        private String valeur(Reglage reglage) {
            String valeur = valeurs.get(reglage);
            if (valeur == null) {
                throw new IllegalStateException("Réglage absent de la base : " + reglage.cle());
            }
            return valeur;
        }
    }
}
