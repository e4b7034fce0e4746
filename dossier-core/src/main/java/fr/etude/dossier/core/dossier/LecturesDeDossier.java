package fr.etude.dossier.core.dossier;

import java.util.List;
import java.util.Optional;

import fr.etude.dossier.core.creance.Creance;

/** Port: what a dossier page reads, without loading the aggregate for display. */
public interface LecturesDeDossier {

    Optional<FicheDeDossier> fiche(DossierId id);

    /** The dossier's créances in their order, for its décompte. */
    List<Creance> creances(DossierId id);

    /** The most recent timeline entries first. */
    default List<FicheDeDossier.Entree> chronologie(DossierId id, Optional<TypeEvenement> seulement, int limite) {
        return chronologie(id, seulement, Optional.empty(), limite);
    }

    /** The timeline entries older than the entry {@code avant} (its identifier), the most recent first. */
    List<FicheDeDossier.Entree> chronologie(DossierId id, Optional<TypeEvenement> seulement, Optional<Long> avant, int limite);
}
