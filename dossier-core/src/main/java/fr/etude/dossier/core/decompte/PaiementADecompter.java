package fr.etude.dossier.core.decompte;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.CreanceId;

/**
 * A payment received, possibly pointed by the debtor at one créance (1342-10 al. 1 C. civ.), possibly
 * reversed later (an unpaid cheque): reversed by the statement date, it counts as never made.
 */
public record PaiementADecompter(UUID id, LocalDate date, Montant montant, Optional<CreanceId> designation,
                                 Optional<LocalDate> contrepasseLe) {

    public PaiementADecompter {
        Objects.requireNonNull(id);
        Objects.requireNonNull(date, "La date du paiement est obligatoire.");
        if (montant == null || !montant.estPositif()) {
            throw new IllegalArgumentException("Le montant d'un paiement doit être positif.");
        }
    }

    public static PaiementADecompter le(LocalDate date, Montant montant) {
        return new PaiementADecompter(UUID.randomUUID(), date, montant, Optional.empty(), Optional.empty());
    }

    public PaiementADecompter designant(CreanceId creance) {
        return new PaiementADecompter(id, date, montant, Optional.of(creance), contrepasseLe);
    }

    public PaiementADecompter contrepasse(LocalDate le) {
        return new PaiementADecompter(id, date, montant, designation, Optional.of(le));
    }
}
