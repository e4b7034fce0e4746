package fr.etude.dossier.core.transmission;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.utilisateur.UtilisateurId;

/**
 * Who works a new dossier, by the rule the administrator set: the clerk named for the créancier
 * while he is an active clerk, else the active clerks in turn (one turn counter for the office, so
 * that the share stays even across créanciers and files).
 */
public final class Attribution {

    /** An active clerk, as the timeline names him. */
    public record Clerc(UtilisateurId id, String nom) {
        public Clerc {
            Objects.requireNonNull(id);
            Objects.requireNonNull(nom);
        }
    }

    private final List<Clerc> clercs;
    private final Optional<Clerc> attitre;

    /** {@code clercs}: the active clerks in a fixed order; {@code attitre}: the créancier's, if named. */
    public Attribution(List<Clerc> clercs, Optional<UtilisateurId> attitre) {
        this.clercs = List.copyOf(clercs);
        this.attitre = attitre.flatMap(id -> this.clercs.stream().filter(clerc -> clerc.id().equals(id)).findFirst());
    }

    /** Whether a dossier takes a turn: not when the créancier's own clerk gets it, nor when nobody can. */
    public boolean parTourDeRole() {
        return attitre.isEmpty() && !clercs.isEmpty();
    }

    /** The clerk for the dossier of turn {@code tour}; none when the office has no active clerk. */
    public Optional<Clerc> clerc(long tour) {
        if (attitre.isPresent() || clercs.isEmpty()) {
            return attitre;
        }
        return Optional.of(clercs.get((int) Math.floorMod(tour, (long) clercs.size())));
    }
}
