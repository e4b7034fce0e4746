package fr.etude.dossier.core.utilisateur;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Failed sign-ins in a row counted against one key (a login, an address, or both), and the last one's time. */
public record SerieDEchecs(int nombre, Optional<Instant> dernier) {

    public static final SerieDEchecs AUCUN = new SerieDEchecs(0, Optional.empty());

    public SerieDEchecs {
        Objects.requireNonNull(dernier);
        if (nombre < 0) {
            throw new IllegalArgumentException("Un nombre d'échecs ne peut pas être négatif.");
        }
        if (nombre > 0 && dernier.isEmpty()) {
            throw new IllegalArgumentException("Des échecs ont une date.");
        }
    }

    public static SerieDEchecs de(int nombre, Instant dernier) {
        return new SerieDEchecs(nombre, Optional.ofNullable(dernier));
    }
}
