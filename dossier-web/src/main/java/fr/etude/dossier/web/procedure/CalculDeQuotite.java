package fr.etude.dossier.web.procedure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.web.format.PositifOuNul;

/** A declared net monthly salary and the débiteur's dependants, for the seizable part of his pay. */
public class CalculDeQuotite {

    @PositifOuNul
    private Montant salaire;
    @Min(0)
    @Max(20)
    private Integer personnesACharge = 0;

    public Montant getSalaire() { return salaire; }
    public void setSalaire(Montant salaire) { this.salaire = salaire; }
    public Integer getPersonnesACharge() { return personnesACharge; }
    public void setPersonnesACharge(Integer personnesACharge) { this.personnesACharge = personnesACharge; }
}
