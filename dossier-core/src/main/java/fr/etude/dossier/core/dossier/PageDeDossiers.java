package fr.etude.dossier.core.dossier;

import java.util.List;
import java.util.Optional;

/** One page of a list and where the next one starts, if there is one. */
public record PageDeDossiers(List<DossierResume> dossiers, Optional<Curseur> suivante) {
    public PageDeDossiers {
        dossiers = List.copyOf(dossiers);
    }
}
