package fr.etude.dossier.core.dossier;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creancier.CreancierId;

/**
 * What the clerk narrows his day to: a stage, a créancier, a balance range, indicators (all of
 * them must hold). Empty means the whole day.
 */
public record FiltreDeJournee(Optional<Etape> etape, Optional<CreancierId> creancier, Optional<Montant> soldeMin,
                              Optional<Montant> soldeMax, Set<Indicateur> indicateurs) {

    public static final FiltreDeJournee AUCUN =
            new FiltreDeJournee(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of());

    public FiltreDeJournee {
        indicateurs = indicateurs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(indicateurs));
        if (soldeMin.isPresent() && soldeMax.isPresent() && soldeMin.get().compareTo(soldeMax.get()) > 0) {
            throw new IllegalArgumentException("Le solde minimum dépasse le solde maximum.");
        }
    }

    public boolean estVide() {
        return equals(AUCUN);
    }
}
