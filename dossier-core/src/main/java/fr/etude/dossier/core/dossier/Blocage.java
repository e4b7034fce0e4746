package fr.etude.dossier.core.dossier;

/** What stops collection on a dossier while it lasts. */
public enum Blocage {
    RECLAMATION_OUVERTE("réclamation du débiteur en cours de traitement", false),
    CONTESTATION("créance contestée par le débiteur", false),
    /** L722-2 C. conso.: once the file is recevable, enforcement is suspended. */
    SURENDETTEMENT("surendettement recevable (art. L722-2 C. conso.)", true),
    SUSPENSION_CREANCIER("suspension demandée par le créancier", true);

    private final String libelle;
    private final boolean suspendLeDossier;

    Blocage(String libelle, boolean suspendLeDossier) {
        this.libelle = libelle;
        this.suspendLeDossier = suspendLeDossier;
    }

    /** Puts the dossier in SUSPENDU while it lasts (the others hold collection on an open dossier). */
    public boolean suspendLeDossier() {
        return suspendLeDossier;
    }

    public String libelle() {
        return libelle;
    }
}
