package fr.etude.dossier.core.portail;

import fr.etude.dossier.core.creancier.CreancierId;

/** Read-model port: what a créancier's weekly summary tells, read from its own dossiers only. */
public interface LecturesDuResume {

    /** Everything recorded after {@code periode.du()} and up to {@code periode.au()}, in the créancier's dossiers. */
    ResumeDeLaSemaine lire(CreancierId creancier, ResumeDeLaSemaine.Periode periode);
}
