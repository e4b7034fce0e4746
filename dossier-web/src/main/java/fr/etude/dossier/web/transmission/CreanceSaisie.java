package fr.etude.dossier.web.transmission;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.web.format.Positif;

/** One créance of a dossier the créancier sends, as typed (or read from a line of its file). */
public class CreanceSaisie {

    @Size(max = 100)
    private String reference;
    @NotNull
    private NatureCreance nature;
    @NotNull
    @Positif
    private Montant principal;
    @NotNull
    private LocalDate exigibilite;
    private LocalDate miseEnDemeure;

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public NatureCreance getNature() { return nature; }
    public void setNature(NatureCreance nature) { this.nature = nature; }
    public Montant getPrincipal() { return principal; }
    public void setPrincipal(Montant principal) { this.principal = principal; }
    public LocalDate getExigibilite() { return exigibilite; }
    public void setExigibilite(LocalDate exigibilite) { this.exigibilite = exigibilite; }
    public LocalDate getMiseEnDemeure() { return miseEnDemeure; }
    public void setMiseEnDemeure(LocalDate miseEnDemeure) { this.miseEnDemeure = miseEnDemeure; }
}
