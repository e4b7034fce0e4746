package fr.etude.dossier.core.creancier;

import java.util.Objects;
import java.util.UUID;

public record CreancierId(UUID value) {
    public CreancierId {
        Objects.requireNonNull(value, "identifiant de créancier absent");
    }

    public static CreancierId nouveau() {
        return new CreancierId(UUID.randomUUID());
    }
}
