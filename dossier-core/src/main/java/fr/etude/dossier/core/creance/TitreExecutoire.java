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
        JUGEMENT(true, "jugement"),
        ORDONNANCE_INJONCTION_DE_PAYER(true, "ordonnance d'injonction de payer revêtue de la formule exécutoire"),
        ARRET(true, "arrêt"), PROCES_VERBAL_DE_CONCILIATION(true, "procès-verbal de conciliation"),
        ACTE_NOTARIE(false, "acte notarié revêtu de la formule exécutoire"),
        TITRE_CREANCE_IMPAYEE_CHEQUE(false, "titre délivré en cas de chèque impayé");

        private final boolean judiciaire;
        private final String libelle;

        TypeTitre(boolean judiciaire, String libelle) {
            this.judiciaire = judiciaire;
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
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
