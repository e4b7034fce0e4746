package fr.etude.dossier.web.remuneration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.remuneration.BaremeDeSaisie;
import fr.etude.dossier.core.remuneration.Fraction;

/** A year's scale of the saisie des rémunérations as the administrator types it: six thresholds and their fractions. */
public class BaremeSaisi {

    /** Typed when a year is added, taken from the address when one is corrected. */
    @Min(1990)
    @Max(2100)
    private Integer annee;
    @NotNull
    private Montant seuil1;
    @NotNull
    private Montant seuil2;
    @NotNull
    private Montant seuil3;
    @NotNull
    private Montant seuil4;
    @NotNull
    private Montant seuil5;
    @NotNull
    private Montant seuil6;
    /** Read by the core ({@link Fraction#lire}): {@code 1/20 ; 1/10 ; …}. */
    @NotBlank
    @Size(max = 100)
    private String fractions;
    @NotNull
    private Montant parPersonneACharge;
    @NotBlank
    @Size(max = BaremeDeSaisie.SOURCE_MAX)
    private String source;
    @PastOrPresent
    private LocalDate publieLe;
    private boolean confirme;
    @Size(max = 500)
    private String motif;

    /** The next year to enter, starting from the thresholds and fractions of the last one when there is one. */
    static BaremeSaisi pour(int annee, Optional<BaremeDeSaisie> precedent) {
        BaremeSaisi saisi = precedent.map(BaremeSaisi::depuis).orElseGet(BaremeSaisi::new);
        saisi.annee = annee;
        saisi.source = null;
        saisi.publieLe = null;
        saisi.confirme = false;
        return saisi;
    }

    static BaremeSaisi depuis(BaremeDeSaisie bareme) {
        BaremeSaisi saisi = new BaremeSaisi();
        saisi.annee = bareme.annee();
        List<Montant> seuils = bareme.seuils();
        saisi.seuil1 = seuils.get(0);
        saisi.seuil2 = seuils.get(1);
        saisi.seuil3 = seuils.get(2);
        saisi.seuil4 = seuils.get(3);
        saisi.seuil5 = seuils.get(4);
        saisi.seuil6 = seuils.get(5);
        saisi.fractions = Fraction.ecrire(bareme.fractions());
        saisi.parPersonneACharge = bareme.parPersonneACharge();
        saisi.source = bareme.source();
        saisi.publieLe = bareme.publieLe().orElse(null);
        saisi.confirme = bareme.confirme();
        return saisi;
    }

    BaremeDeSaisie bareme() {
        return new BaremeDeSaisie(annee, List.of(seuil1, seuil2, seuil3, seuil4, seuil5, seuil6), Fraction.lire(fractions),
                parPersonneACharge, source, Optional.ofNullable(publieLe), confirme);
    }

    Optional<String> motifDeLaCorrection() {
        return Optional.ofNullable(motif);
    }

    public Integer getAnnee() { return annee; }
    public void setAnnee(Integer annee) { this.annee = annee; }
    public Montant getSeuil1() { return seuil1; }
    public void setSeuil1(Montant seuil1) { this.seuil1 = seuil1; }
    public Montant getSeuil2() { return seuil2; }
    public void setSeuil2(Montant seuil2) { this.seuil2 = seuil2; }
    public Montant getSeuil3() { return seuil3; }
    public void setSeuil3(Montant seuil3) { this.seuil3 = seuil3; }
    public Montant getSeuil4() { return seuil4; }
    public void setSeuil4(Montant seuil4) { this.seuil4 = seuil4; }
    public Montant getSeuil5() { return seuil5; }
    public void setSeuil5(Montant seuil5) { this.seuil5 = seuil5; }
    public Montant getSeuil6() { return seuil6; }
    public void setSeuil6(Montant seuil6) { this.seuil6 = seuil6; }
    public String getFractions() { return fractions; }
    public void setFractions(String fractions) { this.fractions = fractions; }
    public Montant getParPersonneACharge() { return parPersonneACharge; }
    public void setParPersonneACharge(Montant parPersonneACharge) { this.parPersonneACharge = parPersonneACharge; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public LocalDate getPublieLe() { return publieLe; }
    public void setPublieLe(LocalDate publieLe) { this.publieLe = publieLe; }
    public boolean isConfirme() { return confirme; }
    public void setConfirme(boolean confirme) { this.confirme = confirme; }
    public String getMotif() { return motif; }
    public void setMotif(String motif) { this.motif = motif; }
}
