package fr.etude.dossier.core.creancier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * The written mandate by which the creditor entrusts the office with amicable recovery
 * (R124-3 CPCE); no contact may be made for a creditor without one in force.
 *
 * @param objet what the mandate covers (its scope), as written
 */
public record Mandat(String reference, LocalDate signeLe, Optional<LocalDate> expireLe, Optional<String> objet) {

    public static final int OBJET_MAX = 500;

    public Mandat {
        Objects.requireNonNull(expireLe);
        Objects.requireNonNull(objet);
        if (reference == null || reference.isBlank()) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.REFERENCE,
                    "La référence du mandat écrit est obligatoire (art. R124-3 CPCE).");
        }
        if (signeLe == null) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE,
                    "La date de signature du mandat est obligatoire (art. R124-3 CPCE).");
        }
        if (expireLe.isPresent() && !expireLe.get().isAfter(signeLe)) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.FIN, "Le mandat doit expirer après sa signature.");
        }
        reference = reference.strip();
        objet = objet.map(String::strip).filter(texte -> !texte.isEmpty());
    }

    public Mandat(String reference, LocalDate signeLe, Optional<LocalDate> expireLe) {
        this(reference, signeLe, expireLe, Optional.empty());
    }

    public boolean enVigueur(LocalDate jour) {
        return !jour.isBefore(signeLe) && expireLe.map(fin -> !jour.isAfter(fin)).orElse(true);
    }

    /** In force today but ending within {@code jours}: time to have it renewed. */
    public boolean expireBientot(LocalDate jour, int jours) {
        return enVigueur(jour) && expireLe.map(fin -> fin.isBefore(jour.plusDays(jours))).orElse(false);
    }
}
