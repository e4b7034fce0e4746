package fr.etude.dossier.core.echeancier;

import java.time.LocalDate;

public enum Periodicite {
    HEBDOMADAIRE, MENSUELLE, TRIMESTRIELLE;

    /** The date of the instalment of rank n (0 for the first), counted from the first date. */
    LocalDate date(LocalDate premiere, int rang) {
        return switch (this) {
            case HEBDOMADAIRE -> premiere.plusWeeks(rang);
            case MENSUELLE -> premiere.plusMonths(rang);
            case TRIMESTRIELLE -> premiere.plusMonths(3L * rang);
        };
    }
}
