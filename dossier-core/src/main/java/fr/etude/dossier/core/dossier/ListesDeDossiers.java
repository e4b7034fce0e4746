package fr.etude.dossier.core.dossier;

import java.time.LocalDate;
import java.util.List;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** Port: the read models behind the dossier lists of each role. */
public interface ListesDeDossiers {

    /** The clerk's open dossiers whose next action is due on {@code jour} or earlier, most urgent first. */
    List<DossierResume> journee(UtilisateurId gestionnaire, LocalDate jour, int limite);

    /** Open dossiers at a stage, oldest next action first. */
    List<DossierResume> aEtape(Etape etape, int limite);

    /** The créancier's own dossiers, and only them. */
    List<DossierResume> duCreancier(CreancierId creancier, int limite);

    /** Totals of the créancier's portfolio. */
    SynthesePortefeuille synthese(CreancierId creancier);
}
