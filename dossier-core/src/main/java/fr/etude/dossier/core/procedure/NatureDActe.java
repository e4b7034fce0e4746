package fr.etude.dossier.core.procedure;

import java.util.Optional;

import fr.etude.dossier.core.chiffre.ChiffreDeLaLoi;

/**
 * The acts of the procedures the office runs, each with the deadline it starts (a figure of the law,
 * read at the act's date) and what that deadline is for.
 *
 * <p>{@code parLeCommissaire}: an act the commissaire de justice serves or carries out, so never on
 * a Sunday or public holiday, nor before 6h or after 21h (art. 664 CPC for service, art. L141-1 CPCE
 * for enforcement). {@code execution}: a measure of enforcement, which needs a titre exécutoire
 * (art. L111-2 CPCE) and a dossier neither suspended nor time-barred. {@code leve}: the act whose
 * deadline this one meets.
 */
public enum NatureDActe {
    ORDONNANCE_INJONCTION_DE_PAYER("Ordonnance portant injonction de payer", "art. 1409 CPC", MesureOuProcedure.INJONCTION_DE_PAYER,
            false, false, ChiffreDeLaLoi.DELAI_SIGNIFICATION_INJONCTION, TypeDeDelai.A_FAIRE_AVANT,
            "signifier l'ordonnance, faute de quoi elle est non avenue", null),
    SIGNIFICATION_INJONCTION_DE_PAYER("Signification de l'ordonnance d'injonction de payer", "art. 1411 CPC",
            MesureOuProcedure.INJONCTION_DE_PAYER, true, false, ChiffreDeLaLoi.DELAI_OPPOSITION_INJONCTION, TypeDeDelai.ATTENTE,
            "fin du délai d'opposition : la formule exécutoire peut ensuite être demandée (art. 1422 CPC)",
            ORDONNANCE_INJONCTION_DE_PAYER),
    REQUETE_PETITES_CREANCES("Lettre d'invitation à participer à la procédure simplifiée", "art. L125-1 et R125-1 CPCE",
            MesureOuProcedure.PETITES_CREANCES, true, false, null, null, null, null),
    ASSIGNATION("Assignation en paiement", "art. 54 et 56 CPC", MesureOuProcedure.ASSIGNATION, true, false, null, null, null, null),
    COMMANDEMENT_SAISIE_VENTE("Commandement de payer aux fins de saisie-vente", "art. L221-1 et R221-1 CPCE",
            MesureOuProcedure.SAISIE_VENTE, true, true, ChiffreDeLaLoi.DELAI_COMMANDEMENT_SAISIE_VENTE, TypeDeDelai.ATTENTE,
            "fin du délai du commandement : la saisie-vente peut ensuite être pratiquée", null),
    PROCES_VERBAL_SAISIE_ATTRIBUTION("Procès-verbal de saisie-attribution", "art. L211-1 et R211-1 CPCE",
            MesureOuProcedure.SAISIE_ATTRIBUTION, true, true, ChiffreDeLaLoi.DELAI_DENONCIATION_SAISIE_ATTRIBUTION,
            TypeDeDelai.A_FAIRE_AVANT, "dénoncer la saisie au débiteur, à peine de caducité", null),
    DENONCIATION_SAISIE_ATTRIBUTION("Dénonciation de la saisie-attribution au débiteur", "art. R211-3 CPCE",
            MesureOuProcedure.SAISIE_ATTRIBUTION, true, true, ChiffreDeLaLoi.DELAI_CONTESTATION_SAISIE_ATTRIBUTION,
            TypeDeDelai.ATTENTE, "fin du délai de contestation : le tiers saisi peut ensuite payer (art. R211-6 CPCE)",
            PROCES_VERBAL_SAISIE_ATTRIBUTION),
    REQUETE_SAISIE_REMUNERATIONS("Requête en saisie des rémunérations", "art. L3252-1 et R3252-1 C. trav.",
            MesureOuProcedure.SAISIE_REMUNERATIONS, true, true, null, null, null, null);

    /** Whether the deadline is for an act to do before it, or a wait after which the next step opens. */
    public enum TypeDeDelai { A_FAIRE_AVANT, ATTENTE }

    /** The judicial routes and the measures of enforcement. */
    public enum MesureOuProcedure {
        INJONCTION_DE_PAYER("injonction de payer"), PETITES_CREANCES("procédure simplifiée des petites créances"),
        ASSIGNATION("assignation"), SAISIE_ATTRIBUTION("saisie-attribution"), SAISIE_REMUNERATIONS("saisie des rémunérations"),
        SAISIE_VENTE("saisie-vente");

        private final String libelle;

        MesureOuProcedure(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    private final String libelle;
    private final String article;
    private final MesureOuProcedure mesure;
    private final boolean parLeCommissaire;
    private final boolean execution;
    private final ChiffreDeLaLoi delai;
    private final TypeDeDelai typeDeDelai;
    private final String objetDuDelai;
    private final NatureDActe leve;

    NatureDActe(String libelle, String article, MesureOuProcedure mesure, boolean parLeCommissaire, boolean execution,
                ChiffreDeLaLoi delai, TypeDeDelai typeDeDelai, String objetDuDelai, NatureDActe leve) {
        this.libelle = libelle;
        this.article = article;
        this.mesure = mesure;
        this.parLeCommissaire = parLeCommissaire;
        this.execution = execution;
        this.delai = delai;
        this.typeDeDelai = typeDeDelai;
        this.objetDuDelai = objetDuDelai;
        this.leve = leve;
    }

    public String libelle() {
        return libelle;
    }

    public String article() {
        return article;
    }

    public MesureOuProcedure mesure() {
        return mesure;
    }

    public boolean parLeCommissaire() {
        return parLeCommissaire;
    }

    public boolean execution() {
        return execution;
    }

    public Optional<ChiffreDeLaLoi> delai() {
        return Optional.ofNullable(delai);
    }

    public TypeDeDelai typeDeDelai() {
        return typeDeDelai;
    }

    public String objetDuDelai() {
        return objetDuDelai;
    }

    public Optional<NatureDActe> leve() {
        return Optional.ofNullable(leve);
    }
}
