package fr.etude.dossier.core.dossier;

import java.time.LocalDate;
import java.util.Objects;

/** What the clerk plans to do next on the dossier, and when: it puts the dossier in his day. */
public record ProchaineAction(LocalDate date, Type type) {

    public enum Type { APPEL, COURRIER, EMAIL, VISITE, RAPPEL_PROMESSE, SUIVI_ECHEANCIER, REVUE }

    public ProchaineAction {
        Objects.requireNonNull(date, "La date de la prochaine action est obligatoire.");
        Objects.requireNonNull(type, "La nature de la prochaine action est obligatoire.");
    }
}
