package fr.etude.dossier.core.dossier;

import java.util.List;
import java.util.Optional;

import fr.etude.dossier.core.debiteur.SituationFinanciere;
import fr.etude.dossier.core.debiteur.SolutionNegociee;

/** Port: what the debtor of a dossier declared of his means, and the solutions negotiated, dated. */
public interface SituationsDesDebiteurs {

    void declarer(DossierId dossier, SituationFinanciere situation, Auteur auteur);

    /** The declarations, the latest first. */
    List<SituationFinanciere> declarations(DossierId dossier);

    default Optional<SituationFinanciere> derniere(DossierId dossier) {
        return declarations(dossier).stream().findFirst();
    }

    void consigner(DossierId dossier, SolutionNegociee solution, Auteur auteur);

    /** The solutions, the latest first. */
    List<SolutionNegociee> solutions(DossierId dossier);
}
