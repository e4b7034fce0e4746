package fr.etude.dossier.web.echeancier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.echeancier.PlansDuDossier;

/** Cancelling the plan being followed, with its reason. */
public class AnnulationSaisie {

    @NotBlank
    @Size(max = PlansDuDossier.TEXTE_MAX)
    private String motif;

    @NotNull
    private Long version;

    public String getMotif() { return motif; }
    public void setMotif(String motif) { this.motif = motif; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
