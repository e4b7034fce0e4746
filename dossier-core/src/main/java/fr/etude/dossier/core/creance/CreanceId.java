package fr.etude.dossier.core.creance;

import java.util.Objects;
import java.util.UUID;

public record CreanceId(UUID value) {
    public CreanceId {
        Objects.requireNonNull(value, "identifiant de créance absent");
    }

    public static CreanceId nouveau() {
        return new CreanceId(UUID.randomUUID());
    }
}
