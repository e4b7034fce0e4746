package fr.etude.dossier.web.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.contact.Canal;
import fr.etude.dossier.core.contact.ContactAConsigner;
import fr.etude.dossier.core.contact.IssueDAppel;
import fr.etude.dossier.core.dossier.ProchaineAction;
import fr.etude.dossier.web.format.Positif;

/** The "log a contact" form, bound by Spring; the lengths are the columns'. */
public class ContactSaisi {

    @NotNull
    private Canal canal = Canal.APPEL;
    @NotNull
    private LocalDate date;
    @NotNull
    private LocalTime heure;
    private boolean entrant;
    @Size(max = 30)
    private String numero;
    private IssueDAppel issue = IssueDAppel.MESSAGERIE;
    @Size(max = 60)
    private String modele;
    private LocalDate promesseDate;
    @Positif
    private Montant promesseMontant;
    private boolean tiers;
    @Size(max = 300)
    private String baseLegale;
    private boolean demandeParDebiteur;
    @Size(max = 2000)
    private String commentaire;
    private LocalDate prochaineDate;
    private ProchaineAction.Type prochaineType = ProchaineAction.Type.APPEL;
    @Size(max = 2000)
    private String derogation;
    @NotNull
    private Long version;

    static ContactSaisi au(LocalDateTime maintenant, long version) {
        ContactSaisi saisie = new ContactSaisi();
        saisie.date = maintenant.toLocalDate();
        saisie.heure = maintenant.toLocalTime().withSecond(0).withNano(0);
        saisie.version = version;
        return saisie;
    }

    /** The contact as the core knows it; its own rules may refuse it (an issue missing, a promise without a date). */
    ContactAConsigner contact() {
        Optional<ContactAConsigner.Promesse> promesse = promesseDate == null && promesseMontant == null ? Optional.empty()
                : Optional.of(new ContactAConsigner.Promesse(promesseDate, promesseMontant));
        Optional<ProchaineAction> prochaine = Optional.ofNullable(prochaineDate)
                .map(jour -> new ProchaineAction(jour, prochaineType == null ? ProchaineAction.Type.APPEL : prochaineType));
        return new ContactAConsigner(canal, LocalDateTime.of(date, heure), entrant, Optional.ofNullable(issue),
                Optional.ofNullable(numero), Optional.ofNullable(modele), tiers, Optional.ofNullable(baseLegale),
                demandeParDebiteur, Optional.ofNullable(commentaire), promesse, prochaine);
    }

    Optional<String> derogationDemandee() {
        return Optional.ofNullable(derogation);
    }

    public Canal getCanal() { return canal; }
    public void setCanal(Canal canal) { this.canal = canal; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public LocalTime getHeure() { return heure; }
    public void setHeure(LocalTime heure) { this.heure = heure; }
    public boolean isEntrant() { return entrant; }
    public void setEntrant(boolean entrant) { this.entrant = entrant; }
    public String getNumero() { return numero; }
    public void setNumero(String numero) { this.numero = numero; }
    public IssueDAppel getIssue() { return issue; }
    public void setIssue(IssueDAppel issue) { this.issue = issue; }
    public String getModele() { return modele; }
    public void setModele(String modele) { this.modele = modele; }
    public LocalDate getPromesseDate() { return promesseDate; }
    public void setPromesseDate(LocalDate promesseDate) { this.promesseDate = promesseDate; }
    public Montant getPromesseMontant() { return promesseMontant; }
    public void setPromesseMontant(Montant promesseMontant) { this.promesseMontant = promesseMontant; }
    public boolean isTiers() { return tiers; }
    public void setTiers(boolean tiers) { this.tiers = tiers; }
    public String getBaseLegale() { return baseLegale; }
    public void setBaseLegale(String baseLegale) { this.baseLegale = baseLegale; }
    public boolean isDemandeParDebiteur() { return demandeParDebiteur; }
    public void setDemandeParDebiteur(boolean demandeParDebiteur) { this.demandeParDebiteur = demandeParDebiteur; }
    public String getCommentaire() { return commentaire; }
    public void setCommentaire(String commentaire) { this.commentaire = commentaire; }
    public LocalDate getProchaineDate() { return prochaineDate; }
    public void setProchaineDate(LocalDate prochaineDate) { this.prochaineDate = prochaineDate; }
    public ProchaineAction.Type getProchaineType() { return prochaineType; }
    public void setProchaineType(ProchaineAction.Type prochaineType) { this.prochaineType = prochaineType; }
    public String getDerogation() { return derogation; }
    public void setDerogation(String derogation) { this.derogation = derogation; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
