package fr.etude.dossier.core.dossier;

public enum MotifCloture {
    SOLDE("soldé"),
    IRRECOUVRABLE("irrécouvrable"),
    PRESCRIT("prescrit"),
    RETIRE("retiré par le créancier"),
    EFFACEMENT_SURENDETTEMENT("effacement de la dette (surendettement)");

    private final String libelle;

    MotifCloture(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
