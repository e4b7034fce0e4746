package fr.etude.dossier.web.paiement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.paiement.Paiement;

/** The reversal of a payment, as typed on the dossier page. */
public class ContrepassationSaisie {

    @NotNull
    private LocalDate date;

    @NotBlank
    @Size(max = Paiement.MOTIF_MAX)
    private String motif;

    @NotNull
    private Long version;

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getMotif() { return motif; }
    public void setMotif(String motif) { this.motif = motif; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
