package fr.etude.dossier.core.paiement;

/** How the debtor paid. */
public enum ModePaiement {
    VIREMENT("virement"),
    CHEQUE("chèque"),
    CARTE("carte bancaire"),
    PRELEVEMENT("prélèvement"),
    ESPECES("espèces"),
    MANDAT("mandat");

    private final String libelle;

    ModePaiement(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
