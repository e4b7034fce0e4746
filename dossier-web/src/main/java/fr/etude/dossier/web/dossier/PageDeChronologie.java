package fr.etude.dossier.web.dossier;

import java.util.List;
import java.util.Optional;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.TypeEvenement;

/**
 * One page of a dossier's timeline, the most recent entries first, and the address of the next one
 * when older entries remain: a dossier of many years does not make its page heavier.
 */
public record PageDeChronologie(List<FicheDeDossier.Entree> entrees, Optional<String> suite) {

    static final int ENTREES_PAR_PAGE = 30;

    static PageDeChronologie lire(LecturesDeDossier lectures, DossierId dossier, Optional<TypeEvenement> seulement,
                                  Optional<Long> avant) {
        List<FicheDeDossier.Entree> lues = lectures.chronologie(dossier, seulement, avant, ENTREES_PAR_PAGE + 1);
        if (lues.size() <= ENTREES_PAR_PAGE) {
            return new PageDeChronologie(lues, Optional.empty());
        }
        List<FicheDeDossier.Entree> entrees = lues.subList(0, ENTREES_PAR_PAGE);
        return new PageDeChronologie(entrees, Optional.of("/dossiers/" + dossier.value() + "/chronologie?avant="
                + entrees.get(ENTREES_PAR_PAGE - 1).id() + seulement.map(type -> "&evenement=" + type).orElse("")));
    }
}
