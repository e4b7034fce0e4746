package fr.etude.dossier.core.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.ProchaineAction;
import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * A contact that took place, as the clerk logs it: the channel and moment, how a call ended, the
 * promise the debtor made, and what to do next.
 *
 * @param entrant the debtor (or someone for him) called the office: the contact policy does not apply
 */
public record ContactAConsigner(Canal canal, LocalDateTime moment, boolean entrant, Optional<IssueDAppel> issue,
                                Optional<String> numero, Optional<String> modele, boolean tiers,
                                Optional<String> baseLegaleTiers, boolean demandeParDebiteur,
                                Optional<String> commentaire, Optional<Promesse> promesse,
                                Optional<ProchaineAction> prochaineAction) {

    public ContactAConsigner {
        Objects.requireNonNull(canal, "Le canal du contact est obligatoire.");
        Objects.requireNonNull(moment, "La date et l'heure du contact sont obligatoires.");
        if (canal == Canal.APPEL && issue.isEmpty()) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.ISSUE, "Choisissez l'issue de l'appel.");
        }
        if (canal != Canal.APPEL) {
            issue = Optional.empty();
            entrant = false;
        }
        if (canal != Canal.COURRIER && canal != Canal.EMAIL) {
            modele = Optional.empty();
        }
        if (issue.filter(IssueDAppel::estUnePromesse).isEmpty()) {
            promesse = Optional.empty();
        } else if (promesse.isEmpty()) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.PROMESSE_DATE,
                    "Une promesse de paiement se consigne avec sa date et son montant.");
        }
    }

    /** The debtor was spoken to: a conversation by phone, or any visit. */
    public boolean conversation() {
        return canal == Canal.VISITE || issue.filter(IssueDAppel::estUneConversation).isPresent();
    }

    /**
     * A contact is logged once it happened, and a promise is taken for a day that will come, within
     * the office's horizon (beyond it, a promise is a payment plan to negotiate, not a promise).
     */
    public void verifier(LocalDateTime maintenant, Period horizonDesPromesses) {
        if (moment.isAfter(maintenant)) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "Le contact du " + FormatFrancais.date(moment.toLocalDate())
                    + " à " + String.format("%02dh%02d", moment.getHour(), moment.getMinute())
                    + " n'a pas encore eu lieu : on consigne un contact passé.");
        }
        promesse.ifPresent(promise -> {
            LocalDate jour = moment.toLocalDate();
            if (promise.date().isBefore(jour)) {
                throw new RegleEnfreinte(RegleEnfreinte.Sujet.PROMESSE_DATE, "La date promise ("
                        + FormatFrancais.date(promise.date()) + ") ne peut précéder le jour de l'appel.");
            }
            LocalDate limite = jour.plus(horizonDesPromesses);
            if (promise.date().isAfter(limite)) {
                throw new RegleEnfreinte(RegleEnfreinte.Sujet.PROMESSE_DATE, "La date promise ("
                        + FormatFrancais.date(promise.date()) + ") est au-delà du " + FormatFrancais.date(limite)
                        + " : une promesse aussi lointaine se négocie en échéancier.");
            }
        });
    }

    /** What the debtor promised to pay, and by when. */
    public record Promesse(LocalDate date, Montant montant) {
        public Promesse {
            Objects.requireNonNull(date, "La date promise est obligatoire.");
            if (montant == null || !montant.estPositif()) {
                throw new RegleEnfreinte(RegleEnfreinte.Sujet.PROMESSE_MONTANT, "Le montant promis doit être positif.");
            }
        }
    }
}
