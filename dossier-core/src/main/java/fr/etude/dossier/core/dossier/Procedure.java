package fr.etude.dossier.core.dossier;

/** The judicial route the commissaire chooses when he approves the move to contentieux. */
public enum Procedure {
    INJONCTION_DE_PAYER("injonction de payer (art. 1405 CPC)"),
    PETITES_CREANCES("procédure simplifiée de recouvrement des petites créances (art. L125-1 CPCE)"),
    ASSIGNATION("assignation en paiement");

    private final String libelle;

    Procedure(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
