package fr.etude.dossier.core.debiteur;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.argent.Montant;

/** What the negotiation with the debtor came to, dated, with what was agreed in his words. */
public record SolutionNegociee(Nature nature, LocalDate decideeLe, Optional<Montant> montant, String commentaire) {

    public enum Nature {
        ECHELONNEMENT, ECHELONNEMENT_AVEC_SURETE, PAIEMENT_PARTIEL, RACHAT_PAR_UN_PROCHE, VENTE_VOLONTAIRE, REFUS;

        /** A partial payment, a buy-back or a sale is worth something: its amount is asked. */
        public boolean demandeUnMontant() {
            return this == PAIEMENT_PARTIEL || this == RACHAT_PAR_UN_PROCHE || this == VENTE_VOLONTAIRE;
        }
    }

    public SolutionNegociee {
        Objects.requireNonNull(nature, "La solution négociée est obligatoire.");
        Objects.requireNonNull(decideeLe, "La date de la solution est obligatoire.");
        commentaire = commentaire == null ? "" : commentaire.strip();
        if (nature.demandeUnMontant() && montant.isEmpty()) {
            throw new IllegalArgumentException("Indiquez le montant convenu pour cette solution.");
        }
        if (nature == Nature.REFUS && commentaire.isEmpty()) {
            throw new IllegalArgumentException("Un refus se consigne avec ce que le débiteur a dit.");
        }
        if (nature == Nature.ECHELONNEMENT_AVEC_SURETE && commentaire.isEmpty()) {
            throw new IllegalArgumentException("Décrivez la sûreté consentie (caution, gage…).");
        }
    }

    /** A solution is recorded once it was reached, never ahead of the day. */
    public void verifierPassee(LocalDate aujourdhui) {
        if (decideeLe.isAfter(aujourdhui)) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "La solution (" + FormatFrancais.date(decideeLe)
                    + ") ne peut pas être datée du futur.");
        }
    }
}
