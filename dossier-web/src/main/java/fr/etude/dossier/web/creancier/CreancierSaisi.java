package fr.etude.dossier.web.creancier;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creancier.CategorieCreancier;
import fr.etude.dossier.core.creancier.ConditionsDeRecouvrement;
import fr.etude.dossier.core.creancier.Creancier;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.creancier.Creanciers;
import fr.etude.dossier.core.creancier.Mandat;
import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.identite.Siren;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.web.format.PositifOuNul;
import fr.etude.dossier.web.format.RefusDuDomaine;

/** A créancier as the administrator types it: identity, category, mandate, what it claims and grants. */
public class CreancierSaisi {

    @NotBlank
    @Size(max = Creancier.NOM_MAX)
    private String raisonSociale;
    @Size(max = 20)
    private String siren;
    @NotNull
    private CategorieCreancier categorie = CategorieCreancier.AUTRES_CAS;
    @Size(max = 254)
    private String email;
    @NotBlank
    @Size(max = 60)
    private String mandatReference;
    @NotNull
    private LocalDate mandatSigneLe;
    private LocalDate mandatExpireLe;
    @Size(max = Mandat.OBJET_MAX)
    private String mandatObjet;
    private boolean penalitesDeRetard = ConditionsDeRecouvrement.PAR_DEFAUT.penalitesDeRetard();
    private boolean indemniteForfaitaire = ConditionsDeRecouvrement.PAR_DEFAUT.indemniteForfaitaire();
    @NotNull
    private Integer dureeMaxEcheancierMois = ConditionsDeRecouvrement.PAR_DEFAUT.dureeMaxEcheancierMois();
    @NotNull
    @PositifOuNul
    private Montant echeanceMinimale = ConditionsDeRecouvrement.PAR_DEFAUT.echeanceMinimale();
    private Long version;

    static CreancierSaisi depuis(Creanciers.CreancierEnregistre enregistre) {
        Creancier creancier = enregistre.creancier();
        CreancierSaisi saisie = new CreancierSaisi();
        saisie.raisonSociale = creancier.raisonSociale();
        saisie.siren = creancier.siren().map(Siren::valeur).orElse(null);
        saisie.categorie = creancier.categorie();
        saisie.email = creancier.email().map(Email::valeur).orElse(null);
        creancier.mandat().ifPresent(mandat -> {
            saisie.mandatReference = mandat.reference();
            saisie.mandatSigneLe = mandat.signeLe();
            saisie.mandatExpireLe = mandat.expireLe().orElse(null);
            saisie.mandatObjet = mandat.objet().orElse(null);
        });
        ConditionsDeRecouvrement conditions = creancier.conditions();
        saisie.penalitesDeRetard = conditions.penalitesDeRetard();
        saisie.indemniteForfaitaire = conditions.indemniteForfaitaire();
        saisie.dureeMaxEcheancierMois = conditions.dureeMaxEcheancierMois();
        saisie.echeanceMinimale = conditions.echeanceMinimale();
        saisie.version = enregistre.version();
        return saisie;
    }

    private static final Map<RegleEnfreinte.Sujet, String> CHAMPS = Map.of(RegleEnfreinte.Sujet.NOM, "raisonSociale",
            RegleEnfreinte.Sujet.REFERENCE, "mandatReference", RegleEnfreinte.Sujet.DATE, "mandatSigneLe",
            RegleEnfreinte.Sujet.FIN, "mandatExpireLe", RegleEnfreinte.Sujet.DUREE, "dureeMaxEcheancierMois",
            RegleEnfreinte.Sujet.MONTANT, "echeanceMinimale");

    /** The créancier, once each value is read through the core; empty with the refusals under their fields. */
    Optional<Creancier> creancier(CreancierId id, BindingResult resultat) {
        Optional<Optional<Siren>> lu = siren == null ? Optional.of(Optional.empty())
                : RefusDuDomaine.lire(resultat, "siren", () -> Optional.of(new Siren(siren.replaceAll("\\s", ""))));
        Optional<Optional<Email>> courriel = email == null ? Optional.of(Optional.empty())
                : RefusDuDomaine.lire(resultat, "email", () -> Optional.of(new Email(email)));
        if (resultat.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Creancier.aEnregistrer(id, raisonSociale, lu.get(), categorie, courriel.get(),
                    new Mandat(mandatReference, mandatSigneLe, Optional.ofNullable(mandatExpireLe), Optional.ofNullable(mandatObjet)),
                    new ConditionsDeRecouvrement(penalitesDeRetard, indemniteForfaitaire, dureeMaxEcheancierMois, echeanceMinimale)));
        } catch (RegleEnfreinte | IllegalArgumentException refus) {
            RefusDuDomaine.rejeter(resultat, refus, CHAMPS);
            return Optional.empty();
        }
    }

    public String getRaisonSociale() { return raisonSociale; }
    public void setRaisonSociale(String raisonSociale) { this.raisonSociale = raisonSociale; }
    public String getSiren() { return siren; }
    public void setSiren(String siren) { this.siren = siren; }
    public CategorieCreancier getCategorie() { return categorie; }
    public void setCategorie(CategorieCreancier categorie) { this.categorie = categorie; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getMandatReference() { return mandatReference; }
    public void setMandatReference(String mandatReference) { this.mandatReference = mandatReference; }
    public LocalDate getMandatSigneLe() { return mandatSigneLe; }
    public void setMandatSigneLe(LocalDate mandatSigneLe) { this.mandatSigneLe = mandatSigneLe; }
    public LocalDate getMandatExpireLe() { return mandatExpireLe; }
    public void setMandatExpireLe(LocalDate mandatExpireLe) { this.mandatExpireLe = mandatExpireLe; }
    public String getMandatObjet() { return mandatObjet; }
    public void setMandatObjet(String mandatObjet) { this.mandatObjet = mandatObjet; }
    public boolean isPenalitesDeRetard() { return penalitesDeRetard; }
    public void setPenalitesDeRetard(boolean penalitesDeRetard) { this.penalitesDeRetard = penalitesDeRetard; }
    public boolean isIndemniteForfaitaire() { return indemniteForfaitaire; }
    public void setIndemniteForfaitaire(boolean indemniteForfaitaire) { this.indemniteForfaitaire = indemniteForfaitaire; }
    public Integer getDureeMaxEcheancierMois() { return dureeMaxEcheancierMois; }
    public void setDureeMaxEcheancierMois(Integer dureeMaxEcheancierMois) { this.dureeMaxEcheancierMois = dureeMaxEcheancierMois; }
    public Montant getEcheanceMinimale() { return echeanceMinimale; }
    public void setEcheanceMinimale(Montant echeanceMinimale) { this.echeanceMinimale = echeanceMinimale; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
