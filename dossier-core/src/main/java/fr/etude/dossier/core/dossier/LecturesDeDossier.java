package fr.etude.dossier.core.dossier;

import java.util.List;
import java.util.Optional;

/** Port: what a dossier page reads, without loading the aggregate for display. */
public interface LecturesDeDossier {

    Optional<FicheDeDossier> fiche(DossierId id);

    /** The most recent timeline entries first. */
    List<FicheDeDossier.Entree> chronologie(DossierId id, Optional<TypeEvenement> seulement, int limite);
}
