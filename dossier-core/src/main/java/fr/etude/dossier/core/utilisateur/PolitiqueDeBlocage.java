package fr.etude.dossier.core.utilisateur;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password guessing: after {@code echecsMax} failed sign-ins in a row, the account is
 * blocked for {@code duree}.
 */
public record PolitiqueDeBlocage(int echecsMax, Duration duree) {

    public PolitiqueDeBlocage {
        if (echecsMax < 1) {
            throw new IllegalArgumentException("Le nombre d'échecs avant blocage doit être au moins 1.");
        }
        if (duree.isNegative() || duree.isZero()) {
            throw new IllegalArgumentException("La durée de blocage doit être positive.");
        }
    }

    public Instant finDuBlocage(Instant maintenant) {
        return maintenant.plus(duree);
    }
}
