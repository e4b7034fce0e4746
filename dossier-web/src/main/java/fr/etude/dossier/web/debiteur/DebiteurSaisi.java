package fr.etude.dossier.web.debiteur;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import fr.etude.dossier.core.debiteur.Coordonnees;
import fr.etude.dossier.core.debiteur.Debiteur;
import fr.etude.dossier.core.debiteur.DebiteurId;
import fr.etude.dossier.core.identite.Adresse;
import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.identite.Siren;
import fr.etude.dossier.core.identite.Telephone;
import fr.etude.dossier.web.format.RefusDuDomaine;

/**
 * The débiteur's details as typed; the lengths are the columns'. The values the core checks (postcode,
 * phone, e-mail, SIREN key) are read into its value objects, each refusal under its own field.
 */
public class DebiteurSaisi {

    private Debiteur.Civilite civilite;
    @Size(max = 200)
    private String nom;
    @Size(max = 200)
    private String prenom;
    @Past
    private LocalDate naissance;
    @Size(max = 200)
    private String employeur;
    @Size(max = 200)
    private String raisonSociale;
    @Size(max = 20)
    private String siren;
    @Size(max = 100)
    private String formeJuridique;
    @Size(max = 300)
    private String adresse;
    @Size(max = 10)
    private String codePostal;
    @Size(max = 100)
    private String ville;
    @Size(max = 30)
    private String telephone;
    @Size(max = 254)
    private String email;
    private Long version;

    static DebiteurSaisi depuis(Debiteur debiteur, long version) {
        DebiteurSaisi saisie = new DebiteurSaisi();
        if (debiteur instanceof Debiteur.PersonnePhysique personne) {
            saisie.civilite = personne.civilite();
            saisie.nom = personne.nom();
            saisie.prenom = personne.prenom();
            saisie.naissance = personne.naissance().orElse(null);
            saisie.employeur = personne.employeur().orElse(null);
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
        saisie.version = version;
        return saisie;
    }

    /** The corrected débiteur, of the same kind as {@code actuel}, if the core accepts every value. */
    Optional<Debiteur> debiteur(Debiteur actuel, BindingResult resultat) {
        Optional<Adresse> lieu = adresse == null && codePostal == null && ville == null ? Optional.empty()
                : RefusDuDomaine.lire(resultat, "adresse", () -> Adresse.enFrance(texte(adresse), texte(codePostal), texte(ville)));
        Optional<Telephone> numero = telephone == null ? Optional.empty() : RefusDuDomaine.lire(resultat, "telephone", () -> new Telephone(telephone));
        Optional<Email> courriel = email == null ? Optional.empty() : RefusDuDomaine.lire(resultat, "email", () -> new Email(email));
        Coordonnees coordonnees = new Coordonnees(lieu.stream().toList(), numero.stream().toList(), courriel.stream().toList());
        DebiteurId id = actuel.id();
        if (actuel instanceof Debiteur.PersonnePhysique) {
            return resultat.hasErrors() ? Optional.empty() : RefusDuDomaine.lire(resultat, "nom", () -> new Debiteur.PersonnePhysique(id,
                    civilite, texte(nom), texte(prenom), Optional.ofNullable(naissance), Optional.ofNullable(employeur),
                    coordonnees));
        }
        Optional<Siren> leSiren = RefusDuDomaine.lire(resultat, "siren", () -> new Siren(texte(siren)));
        return resultat.hasErrors() ? Optional.empty() : RefusDuDomaine.lire(resultat, "raisonSociale", () -> new Debiteur.PersonneMorale(id,
                texte(raisonSociale), leSiren.orElseThrow(), texte(formeJuridique), coordonnees));
    }

    private static String texte(String valeur) {
        return valeur == null ? "" : valeur;
    }

    static List<Debiteur.Civilite> civilites() {
        return List.of(Debiteur.Civilite.M, Debiteur.Civilite.MME);
    }

    public Debiteur.Civilite getCivilite() { return civilite; }
    public void setCivilite(Debiteur.Civilite civilite) { this.civilite = civilite; }
    public String getNom() { return nom; }
    public void setNom(String nom) { this.nom = nom; }
    public String getPrenom() { return prenom; }
    public void setPrenom(String prenom) { this.prenom = prenom; }
    public LocalDate getNaissance() { return naissance; }
    public void setNaissance(LocalDate naissance) { this.naissance = naissance; }
    public String getEmployeur() { return employeur; }
    public void setEmployeur(String employeur) { this.employeur = employeur; }
    public String getRaisonSociale() { return raisonSociale; }
    public void setRaisonSociale(String raisonSociale) { this.raisonSociale = raisonSociale; }
    public String getSiren() { return siren; }
    public void setSiren(String siren) { this.siren = siren; }
    public String getFormeJuridique() { return formeJuridique; }
    public void setFormeJuridique(String formeJuridique) { this.formeJuridique = formeJuridique; }
    public String getAdresse() { return adresse; }
    public void setAdresse(String adresse) { this.adresse = adresse; }
    public String getCodePostal() { return codePostal; }
    public void setCodePostal(String codePostal) { this.codePostal = codePostal; }
    public String getVille() { return ville; }
    public void setVille(String ville) { this.ville = ville; }
    public String getTelephone() { return telephone; }
    public void setTelephone(String telephone) { this.telephone = telephone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
