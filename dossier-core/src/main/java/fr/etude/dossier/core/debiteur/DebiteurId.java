package fr.etude.dossier.core.debiteur;

import java.util.Objects;
import java.util.UUID;

public record DebiteurId(UUID value) {
    public DebiteurId {
        Objects.requireNonNull(value, "identifiant de débiteur absent");
    }

    public static DebiteurId nouveau() {
        return new DebiteurId(UUID.randomUUID());
    }
}
