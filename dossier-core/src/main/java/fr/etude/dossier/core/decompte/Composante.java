package fr.etude.dossier.core.decompte;

/** What part of the debt a payment settles. */
public enum Composante {
    FRAIS("frais d'exécution"),
    INTERETS("intérêts"),
    ACCESSOIRES("accessoires"),
    CAPITAL("capital");

    private final String libelle;

    Composante(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
