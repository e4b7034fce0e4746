package fr.etude.dossier.core.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creancier.CategorieCreancier;
import fr.etude.dossier.core.creancier.CreancierId;

/** What the top of a dossier page shows, read in one query. */
public record FicheDeDossier(DossierId id, String reference, List<String> debiteurs, String creancier,
                             CreancierId creancierId, CategorieCreancier categorieCreancier, Etape etape, StatutDossier statut,
                             Montant principal, Montant recouvre, Montant solde, Montant tropPercu,
                             Optional<LocalDate> prochaineAction,
                             Optional<String> prochaineActionType, Optional<String> gestionnaire,
                             boolean echeancierEnCours, boolean reclamationOuverte, boolean surendettement,
                             Optional<LocalDate> prescription, LocalDate ouvertLe,
                             Optional<String> codePostalDuDebiteur, long version,
                             boolean escaladeDemandee) {

    public FicheDeDossier {
        debiteurs = List.copyOf(debiteurs);
    }

    /** The clerk may ask for the next stage: the dossier is not closed, has one, and no request is pending. */
    public boolean peutDemanderLEscalade() {
        return statut != StatutDossier.CLOS && etape.suivante().isPresent() && !escaladeDemandee;
    }

    /** A timeline entry as the page lists it; its identifier marks where the next page of the timeline starts. */
    public record Entree(long id, TypeEvenement type, Instant moment, String auteur, String resume) {
    }
}
