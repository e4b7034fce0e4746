package fr.etude.dossier.core.creance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The enforceable title that opens enforcement (L111-3 CPCE), with its date of signification to the
 * debtor, from which enforcement and the L313-3 CMF majoration are counted.
 */
public record TitreExecutoire(TypeTitre type, String juridiction, LocalDate date, Optional<LocalDate> signification) {

    public enum TypeTitre {
        JUGEMENT(true), ORDONNANCE_INJONCTION_DE_PAYER(true), ARRET(true), PROCES_VERBAL_DE_CONCILIATION(true),
        ACTE_NOTARIE(false), TITRE_CREANCE_IMPAYEE_CHEQUE(false);

        private final boolean judiciaire;

        TypeTitre(boolean judiciaire) {
            this.judiciaire = judiciaire;
        }

        /** A decision of a court (L111-3 1° to 3° CPCE): prescribed by 10 years (L111-4). */
        public boolean judiciaire() {
            return judiciaire;
        }
    }

    public TitreExecutoire {
        Objects.requireNonNull(type, "type de titre absent");
        Objects.requireNonNull(date, "date du titre absente");
        if (signification.isPresent() && signification.get().isBefore(date)) {
            throw new IllegalArgumentException("La signification (" + signification.get()
                    + ") ne peut précéder la date du titre (" + date + ").");
        }
    }

    public boolean estJudiciaire() {
        return type.judiciaire();
    }
}
