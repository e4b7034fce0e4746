package fr.etude.dossier.web.reclamation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.reclamation.Reclamation;

/** A complaint as the clerk registers it: when it was received and what it says. */
public class ReclamationSaisie {

    @NotNull
    private LocalDate recueLe;
    @NotBlank
    @Size(max = Reclamation.TEXTE_MAX)
    private String objet;
    @NotNull
    private Long version;

    public LocalDate getRecueLe() { return recueLe; }
    public void setRecueLe(LocalDate recueLe) { this.recueLe = recueLe; }
    public String getObjet() { return objet; }
    public void setObjet(String objet) { this.objet = objet; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
