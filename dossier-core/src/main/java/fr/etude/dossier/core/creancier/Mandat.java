package fr.etude.dossier.core.creancier;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The written mandate by which the creditor entrusts the office with amicable recovery
 * (R124-3 CPCE); no contact may be made for a creditor without one in force.
 */
public record Mandat(String reference, LocalDate signeLe, Optional<LocalDate> expireLe) {

    public Mandat {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("La référence du mandat écrit est obligatoire (art. R124-3 CPCE).");
        }
        if (signeLe == null) {
            throw new IllegalArgumentException("La date de signature du mandat est obligatoire (art. R124-3 CPCE).");
        }
        if (expireLe.isPresent() && !expireLe.get().isAfter(signeLe)) {
            throw new IllegalArgumentException("Le mandat doit expirer après sa signature.");
        }
    }

    public boolean enVigueur(LocalDate jour) {
        return !jour.isBefore(signeLe) && expireLe.map(fin -> !jour.isAfter(fin)).orElse(true);
    }
}
