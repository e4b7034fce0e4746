package fr.etude.dossier.core.utilisateur;

import java.util.Objects;
import java.util.UUID;

public record UtilisateurId(UUID value) {
    public UtilisateurId {
        Objects.requireNonNull(value, "identifiant d'utilisateur absent");
    }

    public static UtilisateurId nouveau() {
        return new UtilisateurId(UUID.randomUUID());
    }
}
