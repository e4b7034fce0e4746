package fr.etude.dossier.core.prescription;

import java.time.LocalDate;
import java.util.Objects;

/** What interrupts or suspends the running of prescription. */
public sealed interface EvenementDePrescription {

    LocalDate date();

    /** Wipes out the time run and starts a new period of the same length (2231 C. civ.). */
    record Interruption(LocalDate date, CauseInterruption cause) implements EvenementDePrescription {
        public Interruption {
            Objects.requireNonNull(date, "La date de l'acte interruptif est obligatoire.");
            Objects.requireNonNull(cause);
        }
    }

    /** Stops the clock without wiping out the time run (2230 C. civ.). */
    record Suspension(LocalDate date, LocalDate fin, CauseSuspension cause) implements EvenementDePrescription {
        public Suspension {
            Objects.requireNonNull(date, "La date de début de la suspension est obligatoire.");
            Objects.requireNonNull(fin, "La date de fin de la suspension est obligatoire.");
            Objects.requireNonNull(cause);
            if (fin.isBefore(date)) {
                throw new IllegalArgumentException("La suspension ne peut finir (" + fin + ") avant d'avoir commencé ("
                        + date + ").");
            }
        }
    }

    enum CauseInterruption {
        RECONNAISSANCE("reconnaissance du droit par le débiteur (art. 2240 C. civ.)"),
        DEMANDE_EN_JUSTICE("demande en justice (art. 2241 C. civ.)"),
        ACTE_D_EXECUTION("acte d'exécution forcée (art. 2244 C. civ.)");

        private final String libelle;

        CauseInterruption(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    enum CauseSuspension {
        /** 2238 C. civ.: the period starts again for no less than six months when mediation ends. */
        MEDIATION("médiation ou conciliation (art. 2238 C. civ.)", 6),
        /** The simplified procedure for small claims (L125-1 CPCE), under 2238 C. civ. as well. */
        PROCEDURE_PETITES_CREANCES("procédure simplifiée de recouvrement des petites créances (art. L125-1 CPCE, 2238 C. civ.)", 6);

        private final String libelle;
        private final int moisMinimumApres;

        CauseSuspension(String libelle, int moisMinimumApres) {
            this.libelle = libelle;
            this.moisMinimumApres = moisMinimumApres;
        }

        public String libelle() {
            return libelle;
        }

        public int moisMinimumApres() {
            return moisMinimumApres;
        }
    }
}
