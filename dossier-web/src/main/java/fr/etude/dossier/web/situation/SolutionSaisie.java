package fr.etude.dossier.web.situation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.debiteur.SolutionNegociee;
import fr.etude.dossier.web.format.SaisieFrancaise;

/** The negotiated-solution form as typed. */
public class SolutionSaisie {

    private String nature = "";
    private String decideeLe = "";
    private String montant = "";
    private String commentaire = "";

    Optional<SolutionNegociee> lire(Map<String, String> erreurs) {
        Optional<SolutionNegociee.Nature> laNature = SaisieFrancaise.champ("nature", "Solution", nature, erreurs, texte -> {
            try {
                return SolutionNegociee.Nature.valueOf(texte);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Choisissez la solution négociée.");
            }
        });
        Optional<LocalDate> le = SaisieFrancaise.champ("decideeLe", "Date", decideeLe, erreurs, SaisieFrancaise::date);
        Optional<Montant> leMontant = montant.isBlank() ? Optional.empty()
                : SaisieFrancaise.champ("montantSolution", "Montant", montant, erreurs, SaisieFrancaise::montant);
        if (!erreurs.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SolutionNegociee(laNature.orElseThrow(), le.orElseThrow(), leMontant, commentaire));
        } catch (IllegalArgumentException refus) {
            erreurs.put("solution", refus.getMessage());
            return Optional.empty();
        }
    }

    public String getNature() {
        return nature;
    }

    public void setNature(String nature) {
        this.nature = nature == null ? "" : nature;
    }

    public String getDecideeLe() {
        return decideeLe;
    }

    public void setDecideeLe(String decideeLe) {
        this.decideeLe = decideeLe == null ? "" : decideeLe;
    }

    public String getMontant() {
        return montant;
    }

    public void setMontant(String montant) {
        this.montant = montant == null ? "" : montant;
    }

    public String getCommentaire() {
        return commentaire;
    }

    public void setCommentaire(String commentaire) {
        this.commentaire = commentaire == null ? "" : commentaire;
    }
}
