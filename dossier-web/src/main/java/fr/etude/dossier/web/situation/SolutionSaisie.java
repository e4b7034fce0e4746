package fr.etude.dossier.web.situation;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.debiteur.SolutionNegociee;
import fr.etude.dossier.web.format.Positif;

/** What the negotiation came to, as the clerk records it. */
public class SolutionSaisie {

    @NotNull
    private SolutionNegociee.Nature nature;
    @NotNull
    private LocalDate decideeLe;
    @Positif
    private Montant montant;
    @Size(max = 2000)
    private String commentaire;
    @NotNull
    private Long version;

    SolutionNegociee solution() {
        return new SolutionNegociee(nature, decideeLe, Optional.ofNullable(montant), commentaire);
    }

    public SolutionNegociee.Nature getNature() { return nature; }
    public void setNature(SolutionNegociee.Nature nature) { this.nature = nature; }
    public LocalDate getDecideeLe() { return decideeLe; }
    public void setDecideeLe(LocalDate decideeLe) { this.decideeLe = decideeLe; }
    public Montant getMontant() { return montant; }
    public void setMontant(Montant montant) { this.montant = montant; }
    public String getCommentaire() { return commentaire; }
    public void setCommentaire(String commentaire) { this.commentaire = commentaire; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
