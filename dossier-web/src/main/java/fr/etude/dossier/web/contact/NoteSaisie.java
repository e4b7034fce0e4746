package fr.etude.dossier.web.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.dossier.Dossier;

/**
 * An internal note as typed on the dossier page. Serializable: a refused note goes back to the page
 * through the flash map, which lives in the (JDBC) session.
 */
public class NoteSaisie implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Dossier.NOTE_MAX)
    private String texte;

    @NotNull
    private Long version;

    public String getTexte() { return texte; }
    public void setTexte(String texte) { this.texte = texte; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
