package fr.etude.dossier.core.regle;

import java.util.Optional;

/**
 * A change that the current state or the law does not allow; the French message names the rule. When
 * the refusal is about one datum the user typed (a date, an amount), {@link #sujet()} says which,
 * so that the form shows the message under that field.
 */
public class RegleEnfreinte extends RuntimeException {

    /** The datum a refusal is about. */
    public enum Sujet { DATE, MONTANT, ISSUE, PROMESSE_DATE, PROMESSE_MONTANT, PREMIERE_ECHEANCE, ACCORD, MOTIF,
        IDENTIFIANT, NOM, ROLE, CREANCIER, DUREE, SIREN, EMAIL, REFERENCE, FIN, TEXTE }

    private final transient Sujet sujet;

    public RegleEnfreinte(String message) {
        this(null, message);
    }

    public RegleEnfreinte(Sujet sujet, String message) {
        super(message);
        this.sujet = sujet;
    }

    public Optional<Sujet> sujet() {
        return Optional.ofNullable(sujet);
    }
}
