package fr.etude.dossier.core.contact;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact the clerk is about to make or log, in Paris time.
 *
 * @param tiers              someone other than the debtor (employer, family)
 * @param baseLegaleTiers    the recorded legal basis for speaking to that third party
 * @param demandeParDebiteur the debtor asked to be called back
 * @param alsaceMoselle      the debtor lives in Moselle or Alsace (two more public holidays)
 */
public record ContactEnvisage(Canal canal, LocalDateTime moment, boolean tiers, Optional<String> baseLegaleTiers,
                              Optional<String> modele, boolean demandeParDebiteur, boolean alsaceMoselle) {

    public ContactEnvisage {
        Objects.requireNonNull(canal, "Le canal du contact est obligatoire.");
        Objects.requireNonNull(moment, "La date et l'heure du contact sont obligatoires.");
        baseLegaleTiers = baseLegaleTiers.filter(base -> !base.isBlank());
    }

    /** The nature of every letter that asks the débiteur to pay (the others acknowledge, answer or inform). */
    public static final String DEMANDE_DE_PAIEMENT = "demande de paiement";

    /**
     * Whether this contact presses for payment: every call, visit and message, and the letters whose
     * nature is a demand. A letter that acknowledges or answers a complaint is not one.
     */
    public boolean demandeDePaiement() {
        return modele.map(DEMANDE_DE_PAIEMENT::equals).orElse(true);
    }

    public static ContactEnvisage aupresDuDebiteur(Canal canal, LocalDateTime moment) {
        return new ContactEnvisage(canal, moment, false, Optional.empty(), Optional.empty(), false, false);
    }

    public ContactEnvisage aLaDemandeDuDebiteur() {
        return new ContactEnvisage(canal, moment, tiers, baseLegaleTiers, modele, true, alsaceMoselle);
    }

    public ContactEnvisage enAlsaceMoselle() {
        return new ContactEnvisage(canal, moment, tiers, baseLegaleTiers, modele, demandeParDebiteur, true);
    }

    public ContactEnvisage aupresDUnTiers(Optional<String> baseLegale) {
        return new ContactEnvisage(canal, moment, true, baseLegale, modele, demandeParDebiteur, alsaceMoselle);
    }

    public ContactEnvisage modele(String nom) {
        return new ContactEnvisage(canal, moment, tiers, baseLegaleTiers, Optional.of(nom), demandeParDebiteur, alsaceMoselle);
    }
}
