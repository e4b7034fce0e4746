package fr.etude.dossier.web.taux;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.taux.LigneDeTaux;
import fr.etude.dossier.core.taux.Semestre;
import fr.etude.dossier.core.taux.TableDeTaux;

/** A half-year of a rate table as the administrator types it. */
public class LigneDeTauxSaisie {

    /** The half-year: typed when one is added, taken from the address when one is corrected. */
    @Min(1990)
    @Max(2100)
    private Integer annee;
    @Min(1)
    @Max(2)
    private Integer numero;
    @NotNull
    private BigDecimal taux;
    /** The second rate of the taux légal: all cases other than a creditor who is a private person. */
    private BigDecimal tauxAutresCas;
    @NotBlank
    @Size(max = LigneDeTaux.SOURCE_MAX)
    private String source;
    @PastOrPresent
    private LocalDate publieLe;
    private boolean confirme;
    @Size(max = 500)
    private String motif;

    static LigneDeTauxSaisie pour(Semestre semestre) {
        LigneDeTauxSaisie saisie = new LigneDeTauxSaisie();
        saisie.annee = semestre.annee();
        saisie.numero = semestre.numero();
        return saisie;
    }

    static LigneDeTauxSaisie depuis(LigneDeTaux ligne) {
        LigneDeTauxSaisie saisie = pour(ligne.semestre());
        saisie.taux = ligne.taux().get(0);
        saisie.tauxAutresCas = ligne.taux().size() > 1 ? ligne.taux().get(1) : null;
        saisie.source = ligne.source();
        saisie.publieLe = ligne.publieLe().orElse(null);
        saisie.confirme = ligne.confirme();
        return saisie;
    }

    Semestre semestre() {
        return new Semestre(annee, numero);
    }

    LigneDeTaux ligne(TableDeTaux.Nature nature) {
        List<BigDecimal> valeurs = new ArrayList<>();
        valeurs.add(taux);
        if (nature.tauxParSemestre() > 1) {
            valeurs.add(tauxAutresCas);
        }
        return new LigneDeTaux(semestre(), valeurs, source, Optional.ofNullable(publieLe), confirme);
    }

    Optional<String> motifDeLaCorrection() {
        return Optional.ofNullable(motif);
    }

    public Integer getAnnee() { return annee; }
    public void setAnnee(Integer annee) { this.annee = annee; }
    public Integer getNumero() { return numero; }
    public void setNumero(Integer numero) { this.numero = numero; }
    public BigDecimal getTaux() { return taux; }
    public void setTaux(BigDecimal taux) { this.taux = taux; }
    public BigDecimal getTauxAutresCas() { return tauxAutresCas; }
    public void setTauxAutresCas(BigDecimal tauxAutresCas) { this.tauxAutresCas = tauxAutresCas; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public LocalDate getPublieLe() { return publieLe; }
    public void setPublieLe(LocalDate publieLe) { this.publieLe = publieLe; }
    public boolean isConfirme() { return confirme; }
    public void setConfirme(boolean confirme) { this.confirme = confirme; }
    public String getMotif() { return motif; }
    public void setMotif(String motif) { this.motif = motif; }
}
