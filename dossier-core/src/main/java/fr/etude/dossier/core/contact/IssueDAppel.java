package fr.etude.dossier.core.contact;

/**
 * How a call ended. A conversation with the debtor starts the rest after an exchange (the contact
 * policy); a contestation of the debt puts the dossier on hold until it is looked into.
 */
public enum IssueDAppel {
    JOINT("débiteur joint", true),
    PROMESSE("promesse de paiement", true),
    REFUS("refus de payer", true),
    CONTESTATION("contestation de la créance", true),
    MESSAGERIE("messagerie", false),
    PAS_DE_REPONSE("pas de réponse", false),
    FAUX_NUMERO("faux numéro", false);

    private final String libelle;
    private final boolean conversation;

    IssueDAppel(String libelle, boolean conversation) {
        this.libelle = libelle;
        this.conversation = conversation;
    }

    public String libelle() {
        return libelle;
    }

    /** The debtor was reached and spoken to. */
    public boolean estUneConversation() {
        return conversation;
    }

    /** The debtor disputes the debt: no more collection until the dispute is looked into. */
    public boolean contesteLaCreance() {
        return this == CONTESTATION;
    }

    /** The debtor promised to pay: the promise's date and amount go with the call. */
    public boolean estUnePromesse() {
        return this == PROMESSE;
    }
}
