package fr.etude.dossier.web.statut;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.dossier.MotifCloture;

/** Why the dossier closes. */
public class ClotureSaisie {

    @NotNull
    private MotifCloture motif;
    @Size(max = 1000)
    private String commentaire;
    @NotNull
    private Long version;

    public MotifCloture getMotif() { return motif; }
    public void setMotif(MotifCloture motif) { this.motif = motif; }
    public String getCommentaire() { return commentaire; }
    public void setCommentaire(String commentaire) { this.commentaire = commentaire; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
