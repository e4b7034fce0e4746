package fr.etude.dossier.core.courrier;

/**
 * The office's letters. Each has its template ({@link #gabarit()}, a file of src-templates) and a
 * version, raised when its text changes, that the dossier keeps with every letter sent, so that a
 * letter can be told apart from the next wording.
 */
public enum ModeleDeCourrier {
    RELANCE_1("relance-1", "Relance amiable", Destinataire.DEBITEUR, true, 1),
    RELANCE_2("relance-2", "Seconde relance amiable", Destinataire.DEBITEUR, true, 1),
    LETTRE_PERSONNALISEE("lettre-personnalisee", "Lettre personnalisée", Destinataire.DEBITEUR, true, 1),
    /** Makes the debt bear legal interest from its date (art. 1231-6 and 1344-1 C. civ.). */
    MISE_EN_DEMEURE("mise-en-demeure", "Mise en demeure de payer", Destinataire.DEBITEUR, true, 1),
    PROPOSITION_ECHEANCIER("proposition-echeancier", "Proposition d'échéancier", Destinataire.DEBITEUR, true, 1),
    CONFIRMATION_ECHEANCIER("confirmation-echeancier", "Confirmation d'échéancier", Destinataire.DEBITEUR, false, 1),
    RELANCE_ECHEANCE("relance-echeance", "Relance d'échéance impayée", Destinataire.DEBITEUR, true, 1),
    DERNIER_AVIS("dernier-avis", "Dernier avis avant poursuites", Destinataire.DEBITEUR, true, 1),
    ACCUSE_RECLAMATION("accuse-reclamation", "Accusé de réception de votre réclamation", Destinataire.DEBITEUR, false, 1),
    REPONSE_RECLAMATION("reponse-reclamation", "Réponse à votre réclamation", Destinataire.DEBITEUR, false, 1),
    ATTESTATION_DE_SOLDE("attestation-de-solde", "Attestation de solde", Destinataire.DEBITEUR, false, 1),
    /** Every payment and every proposal of the debtor reported to the creditor (art. R124-5 CPCE). */
    COMPTE_RENDU("compte-rendu", "Compte rendu de gestion", Destinataire.CREANCIER, false, 1),
    CERTIFICAT_IRRECOUVRABILITE("certificat-irrecouvrabilite", "Certificat d'irrécouvrabilité", Destinataire.CREANCIER,
            false, 1);

    /** Whom the letter is addressed to. */
    public enum Destinataire { DEBITEUR, CREANCIER }

    /** What the dossier must have for the letter to make sense. */
    public enum Prerequis { AUCUN, ECHEANCIER_PROPOSE, ECHEANCIER_EN_COURS, RECLAMATION_OUVERTE }

    /** Whether the clerk writes part of the letter himself. */
    public enum TexteLibre { AUCUN, FACULTATIF, OBLIGATOIRE }

    private final String gabarit;
    private final String objet;
    private final Destinataire destinataire;
    private final boolean demandeDePaiement;
    private final int version;

    ModeleDeCourrier(String gabarit, String objet, Destinataire destinataire, boolean demandeDePaiement, int version) {
        this.gabarit = gabarit;
        this.objet = objet;
        this.destinataire = destinataire;
        this.demandeDePaiement = demandeDePaiement;
        this.version = version;
    }

    public String gabarit() {
        return gabarit;
    }

    /** The letter's subject line, and its name in lists. */
    public String objet() {
        return objet;
    }

    public Destinataire destinataire() {
        return destinataire;
    }

    /**
     * The letter asks the debtor to pay: it carries the décompte, how to pay and the transfer QR
     * code, and counts for the contact policy's spacing of demands (no new demand within the
     * office's delay after the last one, whatever its wording).
     */
    public boolean demandeDePaiement() {
        return demandeDePaiement;
    }

    public int version() {
        return version;
    }

    public Prerequis prerequis() {
        return switch (this) {
            case PROPOSITION_ECHEANCIER -> Prerequis.ECHEANCIER_PROPOSE;
            case CONFIRMATION_ECHEANCIER, RELANCE_ECHEANCE -> Prerequis.ECHEANCIER_EN_COURS;
            case ACCUSE_RECLAMATION, REPONSE_RECLAMATION -> Prerequis.RECLAMATION_OUVERTE;
            default -> Prerequis.AUCUN;
        };
    }

    public TexteLibre texteLibre() {
        return switch (this) {
            case LETTRE_PERSONNALISEE, REPONSE_RECLAMATION -> TexteLibre.OBLIGATOIRE;
            case CERTIFICAT_IRRECOUVRABILITE -> TexteLibre.FACULTATIF;
            default -> TexteLibre.AUCUN;
        };
    }

    /** What the contact policy compares: every demand for payment alike, each other letter by itself. */
    public String natureDeLEnvoi() {
        return demandeDePaiement ? fr.etude.dossier.core.contact.ContactEnvisage.DEMANDE_DE_PAIEMENT
                : objet.toLowerCase(java.util.Locale.FRENCH);
    }

    public static java.util.Optional<ModeleDeCourrier> duGabarit(String gabarit) {
        return java.util.Arrays.stream(values()).filter(modele -> modele.gabarit.equals(gabarit)).findFirst();
    }
}
