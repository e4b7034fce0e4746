package fr.etude.dossier.web.courrier;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import fr.etude.dossier.core.courrier.ModeleDeCourrier;
import fr.etude.dossier.core.dossier.ProchaineAction;

/** A batch asked for: which letter, to the dossiers whose next action is which, due by which day. */
public class PublipostageSaisi {

    @NotNull
    private ModeleDeCourrier modele;
    @NotNull
    private ProchaineAction.Type action;
    @NotNull
    private LocalDate au;

    public ModeleDeCourrier getModele() { return modele; }
    public void setModele(ModeleDeCourrier modele) { this.modele = modele; }
    public ProchaineAction.Type getAction() { return action; }
    public void setAction(ProchaineAction.Type action) { this.action = action; }
    public LocalDate getAu() { return au; }
    public void setAu(LocalDate au) { this.au = au; }
}
