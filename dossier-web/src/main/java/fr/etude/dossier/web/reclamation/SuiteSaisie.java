package fr.etude.dossier.web.reclamation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.reclamation.Reclamation;

/**
 * The next step of a complaint: its acknowledgement (a date), its analysis (a text) or its answer
 * (a text and a date). Which fields the step needs is checked by the complaint itself.
 */
public class SuiteSaisie {

    private LocalDate le;
    @Size(max = Reclamation.TEXTE_MAX)
    private String texte;
    @NotNull
    private Long version;

    public LocalDate getLe() { return le; }
    public void setLe(LocalDate le) { this.le = le; }
    public String getTexte() { return texte; }
    public void setTexte(String texte) { this.texte = texte; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
