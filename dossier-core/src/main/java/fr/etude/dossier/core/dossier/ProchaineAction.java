package fr.etude.dossier.core.dossier;

import java.time.LocalDate;
import java.util.Objects;

/** What the clerk plans to do next on the dossier, and when: it puts the dossier in his day. */
public record ProchaineAction(LocalDate date, Type type) {

    /**
     * What kind of action; {@link #priorite()} orders the clerk's day: a promise that fell due first,
     * then a missed instalment, then everything else.
     */
    public enum Type {
        RAPPEL_PROMESSE(1), ECHEANCE_IMPAYEE(2), APPEL(3), COURRIER(3), EMAIL(3), VISITE(3), SUIVI_ECHEANCIER(3), REVUE(3);

        private final int priorite;

        Type(int priorite) {
            this.priorite = priorite;
        }

        /** 1 is the most urgent. */
        public int priorite() {
            return priorite;
        }
    }

    public ProchaineAction {
        Objects.requireNonNull(date, "La date de la prochaine action est obligatoire.");
        Objects.requireNonNull(type, "La nature de la prochaine action est obligatoire.");
    }
}
