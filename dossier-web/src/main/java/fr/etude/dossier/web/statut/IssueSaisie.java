package fr.etude.dossier.web.statut;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.dossier.Dossier;

/** How the overindebtedness file ended, and when. */
public class IssueSaisie {

    @NotNull
    private Dossier.IssueDuSurendettement issue;
    @NotNull
    private LocalDate le;
    @Size(max = 1000)
    private String precisions;
    @NotNull
    private Long version;

    public Dossier.IssueDuSurendettement getIssue() { return issue; }
    public void setIssue(Dossier.IssueDuSurendettement issue) { this.issue = issue; }
    public LocalDate getLe() { return le; }
    public void setLe(LocalDate le) { this.le = le; }
    public String getPrecisions() { return precisions; }
    public void setPrecisions(String precisions) { this.precisions = precisions; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
