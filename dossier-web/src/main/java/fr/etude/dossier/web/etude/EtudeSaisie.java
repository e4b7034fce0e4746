package fr.etude.dossier.web.etude;

import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import fr.etude.dossier.core.etude.IdentiteDeLEtude;
import fr.etude.dossier.core.identite.Adresse;
import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.identite.Iban;
import fr.etude.dossier.core.identite.Telephone;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.web.format.RefusDuDomaine;

/** The office's identity as the administrator types it; the lengths are the columns'. */
public class EtudeSaisie {

    @NotBlank
    @Size(max = 200)
    private String nom;
    @NotBlank
    @Size(max = 300)
    private String adresse;
    @NotBlank
    @Size(max = 10)
    private String codePostal;
    @NotBlank
    @Size(max = 100)
    private String ville;
    @NotBlank
    @Size(max = 20)
    private String siret;
    @NotBlank
    @Size(max = 30)
    private String telephone;
    @NotBlank
    @Size(max = 254)
    private String email;
    @NotBlank
    @Size(max = 42)
    private String iban;
    @Size(max = 11)
    private String bic;
    @NotBlank
    @Size(max = 200)
    private String commissaire;

    static EtudeSaisie depuis(IdentiteDeLEtude identite) {
        EtudeSaisie saisie = new EtudeSaisie();
        saisie.nom = identite.nom();
        saisie.adresse = identite.adresse().ligne1();
        saisie.codePostal = identite.adresse().codePostal();
        saisie.ville = identite.adresse().ville();
        saisie.siret = identite.siret();
        saisie.telephone = identite.telephone().formate();
        saisie.email = identite.email().valeur();
        saisie.iban = identite.iban().formate();
        saisie.bic = identite.bic().orElse(null);
        saisie.commissaire = identite.commissaire();
        return saisie;
    }

    /** The identity, if the core accepts each value; each refusal under its own field. */
    Optional<IdentiteDeLEtude> identite(BindingResult resultat) {
        if (resultat.hasErrors()) {
            return Optional.empty();
        }
        Optional<Adresse> lieu = RefusDuDomaine.lire(resultat, "adresse", () -> Adresse.enFrance(adresse, codePostal, ville));
        Optional<Telephone> numero = RefusDuDomaine.lire(resultat, "telephone", () -> new Telephone(telephone));
        Optional<Email> courriel = RefusDuDomaine.lire(resultat, "email", () -> new Email(email));
        Optional<Iban> compte = RefusDuDomaine.lire(resultat, "iban", () -> new Iban(iban));
        if (resultat.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IdentiteDeLEtude(nom, lieu.get(), siret, numero.get(), courriel.get(), compte.get(),
                    Optional.ofNullable(bic), commissaire));
        } catch (RegleEnfreinte refus) {
            RefusDuDomaine.rejeterLeChamp(resultat, refus.getMessage().contains("BIC") ? "bic" : "siret", refus.getMessage());
            return Optional.empty();
        }
    }

    public String getNom() { return nom; }
    public void setNom(String nom) { this.nom = nom; }
    public String getAdresse() { return adresse; }
    public void setAdresse(String adresse) { this.adresse = adresse; }
    public String getCodePostal() { return codePostal; }
    public void setCodePostal(String codePostal) { this.codePostal = codePostal; }
    public String getVille() { return ville; }
    public void setVille(String ville) { this.ville = ville; }
    public String getSiret() { return siret; }
    public void setSiret(String siret) { this.siret = siret; }
    public String getTelephone() { return telephone; }
    public void setTelephone(String telephone) { this.telephone = telephone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getIban() { return iban; }
    public void setIban(String iban) { this.iban = iban; }
    public String getBic() { return bic; }
    public void setBic(String bic) { this.bic = bic; }
    public String getCommissaire() { return commissaire; }
    public void setCommissaire(String commissaire) { this.commissaire = commissaire; }
}
