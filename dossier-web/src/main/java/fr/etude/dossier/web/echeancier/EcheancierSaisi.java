package fr.etude.dossier.web.echeancier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.core.echeancier.Echeance;
import fr.etude.dossier.core.echeancier.Echeancier;
import fr.etude.dossier.core.echeancier.Periodicite;
import fr.etude.dossier.core.echeancier.PlansDuDossier;
import fr.etude.dossier.web.format.Positif;
import fr.etude.dossier.web.format.RefusDuDomaine;

/**
 * The échéancier form: by number of instalments or by amount per instalment, a periodicity, the
 * first date, an optional sûreté, and the day the debtor agreed.
 */
public class EcheancierSaisi {

    /** Beyond ten years of monthly instalments, a plan is no longer a plan. */
    static final int NOMBRE_MAX = 120;

    private String mode = "nombre";
    @Min(1)
    @Max(NOMBRE_MAX)
    private Integer nombre;
    @Positif
    private Montant montant;
    @NotNull
    private Periodicite periodicite = Periodicite.MENSUELLE;
    @NotNull
    private LocalDate premiere;
    @Size(max = PlansDuDossier.TEXTE_MAX)
    private String surete;
    private LocalDate accordLe;
    private Long version;

    boolean parMontant() {
        return "montant".equals(mode);
    }

    /** The schedule covering {@code aCouvrir}, when the fields needed are right; else their errors. */
    Optional<List<Echeance>> simuler(Montant aCouvrir, LocalDate aujourdhui, BindingResult resultat) {
        String champ = parMontant() ? "montant" : "nombre";
        if ((parMontant() ? montant : nombre) == null && !resultat.hasFieldErrors(champ)) {
            RefusDuDomaine.obligatoire(resultat, champ);
        }
        if (resultat.hasFieldErrors(champ) || resultat.hasFieldErrors("periodicite") || resultat.hasFieldErrors("premiere")) {
            return Optional.empty();
        }
        try {
            PlansDuDossier.verifierLaPremiereEcheance(premiere, aujourdhui);
            return Optional.of(parMontant() ? Echeancier.simulerParMontant(aCouvrir, montant, periodicite, premiere)
                    : Echeancier.simulerEnNombre(aCouvrir, nombre, periodicite, premiere));
        } catch (RegleEnfreinte refus) {
            RefusDuDomaine.rejeter(resultat, refus, Map.of(RegleEnfreinte.Sujet.PREMIERE_ECHEANCE, "premiere"));
        } catch (IllegalArgumentException refus) {
            RefusDuDomaine.rejeterLeChamp(resultat, champ, refus.getMessage());
        }
        return Optional.empty();
    }

    Optional<String> sureteConsentie() {
        return Optional.ofNullable(surete);
    }

    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = "montant".equals(mode) ? "montant" : "nombre"; }
    public Integer getNombre() { return nombre; }
    public void setNombre(Integer nombre) { this.nombre = nombre; }
    public Montant getMontant() { return montant; }
    public void setMontant(Montant montant) { this.montant = montant; }
    public Periodicite getPeriodicite() { return periodicite; }
    public void setPeriodicite(Periodicite periodicite) { this.periodicite = periodicite; }
    public LocalDate getPremiere() { return premiere; }
    public void setPremiere(LocalDate premiere) { this.premiere = premiere; }
    public String getSurete() { return surete; }
    public void setSurete(String surete) { this.surete = surete; }
    public LocalDate getAccordLe() { return accordLe; }
    public void setAccordLe(LocalDate accordLe) { this.accordLe = accordLe; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
