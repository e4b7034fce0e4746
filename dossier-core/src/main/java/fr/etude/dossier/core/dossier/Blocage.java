package fr.etude.dossier.core.dossier;

/** What stops collection on a dossier while it lasts. */
public enum Blocage {
    RECLAMATION_OUVERTE("réclamation du débiteur en cours de traitement"),
    CONTESTATION("créance contestée par le débiteur"),
    /** L722-2 C. conso.: once the file is recevable, enforcement is suspended. */
    SURENDETTEMENT("dossier de surendettement recevable (art. L722-2 C. conso.)"),
    SUSPENSION_CREANCIER("suspension demandée par le créancier");

    private final String libelle;

    Blocage(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
