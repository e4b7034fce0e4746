package fr.etude.dossier.web.escalade;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.dossier.Procedure;

/** The commissaire's answer to a request: the procedure he approves, or why he sends it back. */
public class DecisionSaisie {

    private Procedure procedure;
    @Size(max = 1000)
    private String commentaire;
    @NotNull
    private Long version;

    public Procedure getProcedure() { return procedure; }
    public void setProcedure(Procedure procedure) { this.procedure = procedure; }
    public String getCommentaire() { return commentaire; }
    public void setCommentaire(String commentaire) { this.commentaire = commentaire; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
