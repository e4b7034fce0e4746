package fr.etude.dossier.core.creancier;

/** L313-2 CMF sets two legal interest rates, according to who the creditor is. */
public enum CategorieCreancier {
    /** A natural person not acting for professional needs: the higher rate. */
    PARTICULIER("créancier personne physique hors besoins professionnels"),
    /** Every other creditor (companies, professionals, public bodies). */
    AUTRES_CAS("autres cas");

    private final String libelle;

    CategorieCreancier(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
