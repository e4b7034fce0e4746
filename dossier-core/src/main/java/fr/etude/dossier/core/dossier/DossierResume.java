package fr.etude.dossier.core.dossier;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import fr.etude.dossier.core.argent.Montant;

/** One line of a dossier list: what a list shows without loading the aggregate. */
public record DossierResume(DossierId id, String reference, String debiteur, String creancier, Etape etape,
                            StatutDossier statut, Montant principal, Montant recouvre, Montant solde,
                            Optional<LocalDate> prochaineAction, Optional<String> prochaineActionType,
                            Optional<String> gestionnaire, Signaux signaux) {

    /** The flags kept on the dossier row. */
    public record Signaux(boolean echeancierEnCours, boolean reclamationOuverte, boolean surendettement,
                          Optional<LocalDate> prescription) {
        public static final Signaux AUCUN = new Signaux(false, false, false, Optional.empty());
    }

    /** The indicators of this line on {@code jour}, prescription counted near up to {@code alertePrescription}. */
    public Set<Indicateur> indicateurs(LocalDate jour, LocalDate alertePrescription) {
        Set<Indicateur> indicateurs = EnumSet.noneOf(Indicateur.class);
        if (prochaineAction.map(date -> !date.isAfter(jour)).orElse(false)) {
            prochaineActionType.map(type -> ProchaineAction.Type.valueOf(type).priorite())
                    .flatMap(Indicateur::deLaPriorite).ifPresent(indicateurs::add);
        }
        if (signaux.echeancierEnCours()) {
            indicateurs.add(Indicateur.ECHEANCIER_EN_COURS);
        }
        if (signaux.reclamationOuverte()) {
            indicateurs.add(Indicateur.RECLAMATION_OUVERTE);
        }
        if (signaux.surendettement()) {
            indicateurs.add(Indicateur.SURENDETTEMENT);
        }
        if (signaux.prescription().map(date -> !date.isAfter(alertePrescription)).orElse(false)) {
            indicateurs.add(Indicateur.PRESCRIPTION_PROCHE);
        }
        return indicateurs;
    }
}
