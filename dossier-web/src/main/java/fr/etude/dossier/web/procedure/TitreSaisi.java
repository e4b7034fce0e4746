package fr.etude.dossier.web.procedure;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.creance.TitreExecutoire;

/** A titre exécutoire obtained for one of the dossier's créances. */
public class TitreSaisi {

    @NotNull
    private UUID creance;
    @NotNull
    private TitreExecutoire.TypeTitre type;
    @NotBlank
    @Size(max = 200)
    private String juridiction;
    @NotNull
    private LocalDate date;
    private LocalDate signification;
    @NotNull
    private Long version;

    public UUID getCreance() { return creance; }
    public void setCreance(UUID creance) { this.creance = creance; }
    public TitreExecutoire.TypeTitre getType() { return type; }
    public void setType(TitreExecutoire.TypeTitre type) { this.type = type; }
    public String getJuridiction() { return juridiction; }
    public void setJuridiction(String juridiction) { this.juridiction = juridiction; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public LocalDate getSignification() { return signification; }
    public void setSignification(LocalDate signification) { this.signification = signification; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
