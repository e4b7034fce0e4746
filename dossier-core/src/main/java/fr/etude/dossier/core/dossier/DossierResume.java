package fr.etude.dossier.core.dossier;

import java.time.LocalDate;
import java.util.Optional;

import fr.etude.dossier.core.argent.Montant;

/** One line of a dossier list: what a list shows without loading the aggregate. */
public record DossierResume(DossierId id, String reference, String debiteur, String creancier, Etape etape,
                            StatutDossier statut, Montant principal, Montant recouvre, Montant solde,
                            Optional<LocalDate> prochaineAction, Optional<String> prochaineActionType,
                            Optional<String> gestionnaire) {
}
