package fr.etude.dossier.core.dossier;

import java.time.LocalDate;
import java.util.Objects;

import fr.etude.dossier.core.utilisateur.UtilisateurId;

/**
 * Whose day, which day, and the filter. {@code alertePrescription}: a créance time-barred on or
 * before that date counts as {@link Indicateur#PRESCRIPTION_PROCHE}.
 */
public record DemandeDeJournee(UtilisateurId gestionnaire, LocalDate jour, LocalDate alertePrescription,
                               FiltreDeJournee filtre) {

    public DemandeDeJournee {
        Objects.requireNonNull(gestionnaire);
        Objects.requireNonNull(jour);
        Objects.requireNonNull(alertePrescription);
        Objects.requireNonNull(filtre);
    }
}
