package fr.etude.dossier.web.escalade;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The clerk's request to move the dossier on, with why. Serializable: a refused request goes back to
 * the dossier page through the flash map, kept in the session.
 */
public class DemandeSaisie implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 1000)
    private String justification;
    @NotNull
    private Long version;

    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
