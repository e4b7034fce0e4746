package fr.etude.dossier.web.escalade;

import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.ListesDeDossiers.DemandeEnAttente;

/**
 * The filter of the commissaire's queue, bound from the query string: créancier, clerk, balance
 * between two amounts, and whether the checklist is clear. A field that cannot be read is named in
 * French and left out; the others still apply.
 */
public class FiltreDesDemandes {

    /** Which requests, by their checklist and the policies' answer today. */
    public enum Controle { TOUS, A_VERIFIER, CONFORMES }

    @Size(max = 200)
    private String creancier;
    @Size(max = 200)
    private String clerc;
    private Montant min;
    private Montant max;
    private Controle controle = Controle.TOUS;

    /** Drops a maximum below the minimum, saying so. */
    void verifier(BindingResult resultat) {
        if (min != null && max != null && min.compareTo(max) > 0) {
            resultat.rejectValue("max", "criteres.max.inferieurAuMin");
            max = null;
        }
        if (resultat.hasFieldErrors("creancier")) {
            creancier = null;
        }
        if (resultat.hasFieldErrors("clerc")) {
            clerc = null;
        }
    }

    boolean retient(DemandeEnAttente demande) {
        Montant solde = demande.dossier().solde();
        return (creancier == null || creancier.isBlank() || creancier.equals(demande.dossier().creancier()))
                && (clerc == null || clerc.isBlank() || demande.dossier().gestionnaire().filter(clerc::equals).isPresent())
                && (min == null || solde.compareTo(min) >= 0)
                && (max == null || solde.compareTo(max) <= 0);
    }

    boolean retient(FileDesDemandes.DemandeAExaminer examinee) {
        return switch (controle == null ? Controle.TOUS : controle) {
            case TOUS -> true;
            case A_VERIFIER -> !examinee.conforme();
            case CONFORMES -> examinee.conforme();
        };
    }

    public String getCreancier() { return creancier; }
    public void setCreancier(String creancier) { this.creancier = creancier; }
    public String getClerc() { return clerc; }
    public void setClerc(String clerc) { this.clerc = clerc; }
    public Montant getMin() { return min; }
    public void setMin(Montant min) { this.min = min; }
    public Montant getMax() { return max; }
    public void setMax(Montant max) { this.max = max; }
    public Controle getControle() { return controle; }
    public void setControle(Controle controle) { this.controle = controle; }
}
