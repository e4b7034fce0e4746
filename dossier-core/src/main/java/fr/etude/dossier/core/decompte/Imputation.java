package fr.etude.dossier.core.decompte;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.CreanceId;

/** The part of one payment that settled one part of the debt. */
public record Imputation(UUID paiement, LocalDate date, Optional<CreanceId> creance, String libelle,
                         Composante composante, Montant montant) {
}
