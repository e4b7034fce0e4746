package fr.etude.dossier.core.utilisateur;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a sign-in must wait after failures in a row. The first {@code echecsToleres} cost nothing
 * (everybody mistypes); then each attempt waits {@code premiereAttente}, doubled at every further
 * failure, never more than {@code attenteMax}. Growing delays instead of a lock-out: a guesser is
 * brought down to a few tries an hour, while the account is never closed to its owner.
 */
public record RegleDeFreinage(int echecsToleres, Duration premiereAttente, Duration attenteMax) {

    public RegleDeFreinage {
        Objects.requireNonNull(premiereAttente);
        Objects.requireNonNull(attenteMax);
        if (echecsToleres < 0) {
            throw new IllegalArgumentException("Le nombre d'échecs tolérés ne peut pas être négatif.");
        }
        if (premiereAttente.isNegative() || premiereAttente.isZero()) {
            throw new IllegalArgumentException("La première attente doit être positive.");
        }
        if (attenteMax.compareTo(premiereAttente) < 0) {
            throw new IllegalArgumentException("L'attente maximale ne peut pas être plus courte que la première.");
        }
    }

    /** The wait imposed on the attempt that follows {@code echecs} failures in a row. */
    public Duration attenteApres(int echecs) {
        if (echecs <= echecsToleres) {
            return Duration.ZERO;
        }
        Duration attente = premiereAttente;
        // Doubling step by step rather than shifting: no overflow, however many failures.
        for (int rang = echecsToleres + 1; rang < echecs && attente.compareTo(attenteMax) < 0; rang++) {
            attente = attente.multipliedBy(2);
        }
        return attente.compareTo(attenteMax) < 0 ? attente : attenteMax;
    }

    /** When the attempt after {@code echecs} failures, the last at {@code dernierEchec}, may be made. */
    public Instant prochainEssai(int echecs, Instant dernierEchec) {
        return dernierEchec.plus(attenteApres(echecs));
    }
}
