package fr.etude.dossier.web.situation;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.debiteur.SituationFinanciere;
import fr.etude.dossier.web.format.PositifOuNul;

/** The debtor's declaration of his means, monthly amounts as he gives them. */
public class DeclarationSaisie {

    @NotNull
    private LocalDate declareeLe;
    @NotNull
    @PositifOuNul
    private Montant ressources;
    @NotNull
    @PositifOuNul
    private Montant charges;
    @NotNull
    @PositifOuNul
    private Montant autresDettes = Montant.ZERO;
    @NotNull
    @Min(0)
    @Max(20)
    private Integer personnesACharge = 0;
    @NotNull
    private SituationFinanciere.Emploi emploi;
    @Size(max = 2000)
    private String precisions;
    @NotNull
    private Long version;

    /** The latest declaration, to start the next one from. */
    static DeclarationSaisie depuis(SituationFinanciere situation) {
        DeclarationSaisie saisie = new DeclarationSaisie();
        saisie.ressources = situation.ressources();
        saisie.charges = situation.charges();
        saisie.autresDettes = situation.autresDettes();
        saisie.personnesACharge = situation.personnesACharge();
        saisie.emploi = situation.emploi();
        saisie.precisions = situation.precisions();
        return saisie;
    }

    SituationFinanciere situation() {
        return new SituationFinanciere(declareeLe, ressources, charges, autresDettes, personnesACharge, emploi,
                precisions);
    }

    public LocalDate getDeclareeLe() { return declareeLe; }
    public void setDeclareeLe(LocalDate declareeLe) { this.declareeLe = declareeLe; }
    public Montant getRessources() { return ressources; }
    public void setRessources(Montant ressources) { this.ressources = ressources; }
    public Montant getCharges() { return charges; }
    public void setCharges(Montant charges) { this.charges = charges; }
    public Montant getAutresDettes() { return autresDettes; }
    public void setAutresDettes(Montant autresDettes) { this.autresDettes = autresDettes; }
    public Integer getPersonnesACharge() { return personnesACharge; }
    public void setPersonnesACharge(Integer personnesACharge) { this.personnesACharge = personnesACharge; }
    public SituationFinanciere.Emploi getEmploi() { return emploi; }
    public void setEmploi(SituationFinanciere.Emploi emploi) { this.emploi = emploi; }
    public String getPrecisions() { return precisions; }
    public void setPrecisions(String precisions) { this.precisions = precisions; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
