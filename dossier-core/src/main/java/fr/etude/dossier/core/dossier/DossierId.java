package fr.etude.dossier.core.dossier;

import java.util.Objects;
import java.util.UUID;

public record DossierId(UUID value) {
    public DossierId {
        Objects.requireNonNull(value, "identifiant de dossier absent");
    }

    public static DossierId nouveau() {
        return new DossierId(UUID.randomUUID());
    }
}
