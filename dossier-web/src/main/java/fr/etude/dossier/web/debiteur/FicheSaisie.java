package fr.etude.dossier.web.debiteur;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.debiteur.Coordonnees;
import fr.etude.dossier.core.debiteur.Debiteur;
import fr.etude.dossier.core.debiteur.DebiteurId;
import fr.etude.dossier.core.identite.Adresse;
import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.identite.Siren;
import fr.etude.dossier.core.identite.Telephone;
import fr.etude.dossier.web.format.SaisieFrancaise;

/** The débiteur's details as typed in the form, read field by field into the domain's checked values. */
public class FicheSaisie {

    private String civilite = "";
    private String nom = "";
    private String prenom = "";
    private String naissance = "";
    private String employeur = "";
    private String raisonSociale = "";
    private String siren = "";
    private String formeJuridique = "";
    private String adresse = "";
    private String codePostal = "";
    private String ville = "";
    private String telephone = "";
    private String email = "";

    static FicheSaisie depuis(Debiteur debiteur) {
        FicheSaisie saisie = new FicheSaisie();
        if (debiteur instanceof Debiteur.PersonnePhysique personne) {
            saisie.civilite = personne.civilite() == null ? "" : personne.civilite().name();
            saisie.nom = personne.nom();
            saisie.prenom = personne.prenom();
            saisie.naissance = personne.naissance().map(FormatFrancais::date).orElse("");
            saisie.employeur = personne.employeur().orElse("");
        } else {
            Debiteur.PersonneMorale societe = (Debiteur.PersonneMorale) debiteur;
            saisie.raisonSociale = societe.raisonSociale();
            saisie.siren = societe.siren().valeur();
            saisie.formeJuridique = societe.formeJuridique();
        }
        debiteur.coordonnees().adresses().stream().findFirst().ifPresent(lieu -> {
            saisie.adresse = lieu.ligne1();
            saisie.codePostal = lieu.codePostal();
            saisie.ville = lieu.ville();
        });
        debiteur.coordonnees().telephones().stream().findFirst().ifPresent(numero -> saisie.telephone = numero.formate());
        debiteur.coordonnees().emails().stream().findFirst().ifPresent(courriel -> saisie.email = courriel.valeur());
        return saisie;
    }

    /** The corrected débiteur, of the same kind as {@code actuel}; else the errors by field. */
    Optional<Debiteur> lire(Debiteur actuel, LocalDate aujourdhui, Map<String, String> erreurs) {
        Optional<Adresse> lieu = Optional.empty();
        if (!(adresse.isBlank() && codePostal.isBlank() && ville.isBlank())) {
            lieu = SaisieFrancaise.champ("adresse", "Adresse", adresse, erreurs,
                    texte -> Adresse.enFrance(texte, codePostal, ville));
        }
        Optional<Telephone> numero = facultatif("telephone", "Téléphone", telephone, erreurs, Telephone::new);
        Optional<Email> courriel = facultatif("email", "E-mail", email, erreurs, Email::new);
        Coordonnees coordonnees = new Coordonnees(lieu.stream().toList(), numero.stream().toList(), courriel.stream().toList());
        DebiteurId id = actuel.id();
        if (actuel instanceof Debiteur.PersonnePhysique) {
            Optional<LocalDate> neLe = facultatif("naissance", "Date de naissance", naissance, erreurs, SaisieFrancaise::date);
            if (neLe.filter(date -> date.isAfter(aujourdhui)).isPresent()) {
                erreurs.put("naissance", "Date de naissance : elle ne peut pas être dans le futur.");
            }
            Debiteur.Civilite laCivilite = civilite.isBlank() ? null : Debiteur.Civilite.valueOf(civilite);
            return construire(erreurs, "nom", "Nom", () -> new Debiteur.PersonnePhysique(id, laCivilite, nom, prenom, neLe,
                    Optional.of(employeur.strip()).filter(texte -> !texte.isEmpty()), coordonnees));
        }
        Optional<Siren> leSiren = SaisieFrancaise.champ("siren", "SIREN", siren, erreurs, Siren::new);
        return construire(erreurs, "raisonSociale", "Raison sociale", () -> new Debiteur.PersonneMorale(id, raisonSociale,
                leSiren.orElseThrow(), formeJuridique, coordonnees));
    }

    private static Optional<Debiteur> construire(Map<String, String> erreurs, String champ, String libelle,
                                                 java.util.function.Supplier<Debiteur> debiteur) {
        if (!erreurs.isEmpty()) {
            return Optional.empty();
        }
        return SaisieFrancaise.champ(champ, libelle, "", erreurs, texte -> debiteur.get());
    }

    private static <T> Optional<T> facultatif(String champ, String libelle, String texte, Map<String, String> erreurs,
                                              java.util.function.Function<String, T> lecture) {
        return texte.isBlank() ? Optional.empty() : SaisieFrancaise.champ(champ, libelle, texte, erreurs, lecture);
    }

    static List<String> civilites() {
        return List.of(Debiteur.Civilite.M.name(), Debiteur.Civilite.MME.name());
    }

    public String getCivilite() {
        return civilite;
    }

    public void setCivilite(String civilite) {
        this.civilite = civilites().contains(civilite) ? civilite : "";
    }

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom == null ? "" : nom;
    }

    public String getPrenom() {
        return prenom;
    }

    public void setPrenom(String prenom) {
        this.prenom = prenom == null ? "" : prenom;
    }

    public String getNaissance() {
        return naissance;
    }

    public void setNaissance(String naissance) {
        this.naissance = naissance == null ? "" : naissance;
    }

    public String getEmployeur() {
        return employeur;
    }

    public void setEmployeur(String employeur) {
        this.employeur = employeur == null ? "" : employeur;
    }

    public String getRaisonSociale() {
        return raisonSociale;
    }

    public void setRaisonSociale(String raisonSociale) {
        this.raisonSociale = raisonSociale == null ? "" : raisonSociale;
    }

    public String getSiren() {
        return siren;
    }

    public void setSiren(String siren) {
        this.siren = siren == null ? "" : siren;
    }

    public String getFormeJuridique() {
        return formeJuridique;
    }

    public void setFormeJuridique(String formeJuridique) {
        this.formeJuridique = formeJuridique == null ? "" : formeJuridique;
    }

    public String getAdresse() {
        return adresse;
    }

    public void setAdresse(String adresse) {
        this.adresse = adresse == null ? "" : adresse;
    }

    public String getCodePostal() {
        return codePostal;
    }

    public void setCodePostal(String codePostal) {
        this.codePostal = codePostal == null ? "" : codePostal;
    }

    public String getVille() {
        return ville;
    }

    public void setVille(String ville) {
        this.ville = ville == null ? "" : ville;
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone == null ? "" : telephone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email;
    }
}
