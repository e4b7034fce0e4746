package fr.etude.dossier.web.transmission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.CreanceId;
import fr.etude.dossier.core.debiteur.Coordonnees;
import fr.etude.dossier.core.debiteur.Debiteur;
import fr.etude.dossier.core.debiteur.DebiteurId;
import fr.etude.dossier.core.identite.Adresse;
import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.identite.Siren;
import fr.etude.dossier.core.identite.Telephone;
import fr.etude.dossier.core.transmission.DossierTransmis;
import fr.etude.dossier.web.format.RefusDuDomaine;

/**
 * A dossier the créancier sends, as typed in the form or read from a line of its file: the same
 * checks and the same French messages for both. Lengths are the columns'; the values the core
 * checks (SIREN key, postcode, phone, e-mail) are read into its value objects, each refusal under
 * its field.
 */
public class DossierTransmisSaisi {

    /** How far back a date may go: older is a typing error (or a debt long time-barred). */
    static final int ANNEES_MAX = 30;
    /** The oldest a débiteur can be. */
    static final int AGE_MAX = 120;

    public enum Personne { PHYSIQUE, MORALE }

    @NotBlank
    @Size(max = DossierTransmis.REFERENCE_MAX)
    private String reference;
    @NotNull
    private Personne personne = Personne.PHYSIQUE;
    private Debiteur.Civilite civilite;
    @Size(max = 200)
    private String nom;
    @Size(max = 200)
    private String prenom;
    private LocalDate naissance;
    @Size(max = 200)
    private String raisonSociale;
    @Size(max = 20)
    private String siren;
    @Size(max = 20)
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
    @Size(min = 1, max = DossierTransmis.CREANCES_MAX)
    private List<@Valid CreanceSaisie> creances = new ArrayList<>(List.of(new CreanceSaisie()));

    /** The dossier, if every value is accepted; else each refusal is under its field in {@code resultat}. */
    Optional<DossierTransmis> lire(BindingResult resultat, LocalDate aujourdhui) {
        verifierLesTextes(resultat);
        verifierLesDates(resultat, aujourdhui);
        Optional<Debiteur> debiteur = debiteur(resultat);
        List<Creance> lues = new ArrayList<>();
        for (int i = 0; i < creances.size(); i++) {
            creance(resultat, i).ifPresent(lues::add);
        }
        if (resultat.hasErrors() || debiteur.isEmpty()) {
            return Optional.empty();
        }
        return RefusDuDomaine.lire(resultat, "reference", () -> new DossierTransmis(reference, debiteur.get(), lues));
    }

    private Optional<Debiteur> debiteur(BindingResult resultat) {
        Optional<Adresse> lieu = adresse == null && codePostal == null && ville == null ? Optional.empty()
                : RefusDuDomaine.lire(resultat, "adresse", () -> Adresse.enFrance(texte(adresse), texte(codePostal), texte(ville)));
        Optional<Telephone> numero = telephone == null ? Optional.empty()
                : RefusDuDomaine.lire(resultat, "telephone", () -> new Telephone(telephone));
        Optional<Email> courriel = email == null ? Optional.empty() : RefusDuDomaine.lire(resultat, "email", () -> new Email(email));
        Coordonnees coordonnees = new Coordonnees(lieu.stream().toList(), numero.stream().toList(), courriel.stream().toList());
        if (personne == Personne.MORALE) {
            if (raisonSociale == null) {
                RefusDuDomaine.obligatoire(resultat, "raisonSociale");
            }
            Optional<Siren> leSiren = siren == null ? Optional.empty() : RefusDuDomaine.lire(resultat, "siren", () -> new Siren(siren));
            if (siren == null) {
                RefusDuDomaine.obligatoire(resultat, "siren");
            }
            return resultat.hasErrors() ? Optional.empty() : RefusDuDomaine.lire(resultat, "raisonSociale",
                    () -> new Debiteur.PersonneMorale(DebiteurId.nouveau(), raisonSociale, leSiren.orElseThrow(),
                            formeJuridique, coordonnees));
        }
        if (nom == null) {
            RefusDuDomaine.obligatoire(resultat, "nom");
        }
        return resultat.hasErrors() ? Optional.empty() : RefusDuDomaine.lire(resultat, "nom",
                () -> new Debiteur.PersonnePhysique(DebiteurId.nouveau(), civilite, nom, prenom, Optional.ofNullable(naissance),
                        Optional.empty(), coordonnees));
    }

    private Optional<Creance> creance(BindingResult resultat, int rang) {
        CreanceSaisie saisie = creances.get(rang);
        String champ = "creances[" + rang + "]";
        if (resultat.hasFieldErrors(champ + ".*")) {
            return Optional.empty();
        }
        String referenceDeLaCreance = saisie.getReference() == null ? texte(reference) : saisie.getReference();
        return RefusDuDomaine.lire(resultat, champ + ".miseEnDemeure", () -> {
            Creance creance = Creance.simple(saisie.getPrincipal(), saisie.getExigibilite(), saisie.getNature(),
                    referenceDeLaCreance);
            return saisie.getMiseEnDemeure() == null ? creance : creance.avecMiseEnDemeure(saisie.getMiseEnDemeure());
        });
    }

    /** A tab, a line break or a NUL has no place in a name or an address (and PostgreSQL refuses NUL). */
    private void verifierLesTextes(BindingResult resultat) {
        java.util.Map<String, String> textes = new java.util.LinkedHashMap<>();
        textes.put("reference", reference);
        textes.put("nom", nom);
        textes.put("prenom", prenom);
        textes.put("raisonSociale", raisonSociale);
        textes.put("siren", siren);
        textes.put("formeJuridique", formeJuridique);
        textes.put("adresse", adresse);
        textes.put("codePostal", codePostal);
        textes.put("ville", ville);
        textes.put("telephone", telephone);
        textes.put("email", email);
        for (int i = 0; i < creances.size(); i++) {
            textes.put("creances[" + i + "].reference", creances.get(i).getReference());
        }
        textes.forEach((champ, texte) -> {
            if (texte != null && texte.chars().anyMatch(Character::isISOControl) && !resultat.hasFieldErrors(champ)) {
                resultat.rejectValue(champ, "texte.controle", new Object[]{libelle(resultat, champ)}, champ);
            }
        });
    }

    /** Dates against the office's day, not the machine's: the future, and a past too far to be true, are refused. */
    private void verifierLesDates(BindingResult resultat, LocalDate aujourdhui) {
        if (naissance != null && (!naissance.isBefore(aujourdhui) || naissance.isBefore(aujourdhui.minusYears(AGE_MAX)))) {
            resultat.rejectValue("naissance", "naissance.invraisemblable", new Object[]{libelle(resultat, "naissance")}, "naissance");
        }
        for (int i = 0; i < creances.size(); i++) {
            dater(resultat, "creances[" + i + "].exigibilite", creances.get(i).getExigibilite(), aujourdhui);
            dater(resultat, "creances[" + i + "].miseEnDemeure", creances.get(i).getMiseEnDemeure(), aujourdhui);
        }
    }

    private static void dater(BindingResult resultat, String champ, LocalDate date, LocalDate aujourdhui) {
        if (date == null || resultat.hasFieldErrors(champ)) {
            return;
        }
        if (date.isAfter(aujourdhui)) {
            resultat.rejectValue(champ, "PastOrPresent", new Object[]{libelle(resultat, champ)}, champ);
        } else if (date.isBefore(aujourdhui.minusYears(ANNEES_MAX))) {
            resultat.rejectValue(champ, "date.tropAncienne", new Object[]{libelle(resultat, champ), ANNEES_MAX}, champ);
        }
    }

    private static org.springframework.context.support.DefaultMessageSourceResolvable libelle(BindingResult resultat, String champ) {
        String generique = champ.replaceAll("\\[\\d+]", "");
        return new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[]{resultat.getObjectName() + "." + generique, generique}, champ);
    }

    private static String texte(String valeur) {
        return valeur == null ? "" : valeur;
    }

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public Personne getPersonne() { return personne; }
    public void setPersonne(Personne personne) { this.personne = personne; }
    public Debiteur.Civilite getCivilite() { return civilite; }
    public void setCivilite(Debiteur.Civilite civilite) { this.civilite = civilite; }
    public String getNom() { return nom; }
    public void setNom(String nom) { this.nom = nom; }
    public String getPrenom() { return prenom; }
    public void setPrenom(String prenom) { this.prenom = prenom; }
    public LocalDate getNaissance() { return naissance; }
    public void setNaissance(LocalDate naissance) { this.naissance = naissance; }
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
    public List<CreanceSaisie> getCreances() { return creances; }
    public void setCreances(List<CreanceSaisie> creances) { this.creances = creances; }
}
