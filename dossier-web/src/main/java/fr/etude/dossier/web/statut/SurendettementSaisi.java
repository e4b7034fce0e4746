package fr.etude.dossier.web.statut;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The commission's decision that the débiteur's file is admissible. */
public class SurendettementSaisi {

    @NotNull
    private LocalDate recevableLe;
    @NotBlank
    @Size(max = 200)
    private String commission;
    @NotNull
    private Long version;

    public LocalDate getRecevableLe() { return recevableLe; }
    public void setRecevableLe(LocalDate recevableLe) { this.recevableLe = recevableLe; }
    public String getCommission() { return commission; }
    public void setCommission(String commission) { this.commission = commission; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
