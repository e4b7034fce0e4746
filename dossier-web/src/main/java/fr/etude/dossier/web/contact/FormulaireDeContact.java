package fr.etude.dossier.web.contact;

/**
 * The "log a contact" form as typed: strings, so that a wrong value is shown back as it was typed,
 * next to its French error.
 */
public class FormulaireDeContact {

    private String canal = "APPEL";
    private String date;
    private String heure;
    private boolean entrant;
    private String numero;
    private String issue = "MESSAGERIE";
    private String modele;
    private String promesseDate;
    private String promesseMontant;
    private boolean tiers;
    private String baseLegale;
    private boolean demandeParDebiteur;
    private String commentaire;
    private String prochaineDate;
    private String prochaineType = "APPEL";
    private String derogation;
    private long version;

    public String getCanal() { return canal; }
    public void setCanal(String canal) { this.canal = canal; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getHeure() { return heure; }
    public void setHeure(String heure) { this.heure = heure; }
    public boolean isEntrant() { return entrant; }
    public void setEntrant(boolean entrant) { this.entrant = entrant; }
    public String getNumero() { return numero; }
    public void setNumero(String numero) { this.numero = numero; }
    public String getIssue() { return issue; }
    public void setIssue(String issue) { this.issue = issue; }
    public String getModele() { return modele; }
    public void setModele(String modele) { this.modele = modele; }
    public String getPromesseDate() { return promesseDate; }
    public void setPromesseDate(String promesseDate) { this.promesseDate = promesseDate; }
    public String getPromesseMontant() { return promesseMontant; }
    public void setPromesseMontant(String promesseMontant) { this.promesseMontant = promesseMontant; }
    public boolean isTiers() { return tiers; }
    public void setTiers(boolean tiers) { this.tiers = tiers; }
    public String getBaseLegale() { return baseLegale; }
    public void setBaseLegale(String baseLegale) { this.baseLegale = baseLegale; }
    public boolean isDemandeParDebiteur() { return demandeParDebiteur; }
    public void setDemandeParDebiteur(boolean demandeParDebiteur) { this.demandeParDebiteur = demandeParDebiteur; }
    public String getCommentaire() { return commentaire; }
    public void setCommentaire(String commentaire) { this.commentaire = commentaire; }
    public String getProchaineDate() { return prochaineDate; }
    public void setProchaineDate(String prochaineDate) { this.prochaineDate = prochaineDate; }
    public String getProchaineType() { return prochaineType; }
    public void setProchaineType(String prochaineType) { this.prochaineType = prochaineType; }
    public String getDerogation() { return derogation; }
    public void setDerogation(String derogation) { this.derogation = derogation; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
