package fr.etude.dossier.core.dossier;

import java.util.List;
import java.util.Optional;

import fr.etude.dossier.core.creancier.CreancierId;

/** Port: the read models behind the dossier lists of each role. One query per page. */
public interface ListesDeDossiers {

    /**
     * The clerk's open dossiers whose next action is due on the day or earlier, narrowed by the
     * filter, by priority: a promise due first, then a missed instalment (see
     * {@link ProchaineAction.Type#priorite()}), then the largest balance, then the oldest action.
     */
    PageDeDossiers journee(DemandeDeJournee demande, Optional<Curseur> apres, int taille);

    /** How many dossiers of that day each filter would show (balance range applied to all). */
    CompteursDeJournee compteurs(DemandeDeJournee demande);

    /** Open dossiers at a stage, oldest next action first. */
    List<DossierResume> aEtape(Etape etape, int limite);

    /** Requests to go to contentieux waiting for the commissaire, oldest first. */
    List<DemandeEnAttente> demandesEnAttente(int limite);

    /** A pending request as the commissaire's queue shows it. */
    record DemandeEnAttente(DossierResume dossier, String justification, String demandeur, java.time.Instant le,
                            long version) {
    }

    /** The créancier's own dossiers, and only them, narrowed and ordered as it asks. */
    PageDeDossiers duCreancier(CreancierId creancier, FiltreDuPortefeuille filtre, Optional<Curseur> apres, int taille);

    /** The créancier's own dossiers, and only them, the latest first. */
    default PageDeDossiers duCreancier(CreancierId creancier, Optional<Curseur> apres, int taille) {
        return duCreancier(creancier, FiltreDuPortefeuille.TOUT, apres, taille);
    }

    /** When each dossier last had an entry of one of {@code types} in its timeline, for those that had one. */
    java.util.Map<DossierId, java.time.Instant> dernieresEntrees(java.util.Collection<DossierId> dossiers,
                                                                java.util.Set<TypeEvenement> types);

    /** Totals of the créancier's portfolio. */
    SynthesePortefeuille synthese(CreancierId creancier);

    /**
     * Dossiers by the débiteur's name (accent- and typo-tolerant), the reference, a phone number,
     * an e-mail or a SIREN; restricted to one créancier when {@code perimetre} is given, and then
     * also by the créancier's own reference of the dossier or of one of its créances.
     */
    List<DossierResume> rechercher(String texte, Optional<CreancierId> perimetre, int limite);
}
