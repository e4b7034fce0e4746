package fr.etude.dossier.core.taux;

import fr.etude.dossier.core.creancier.CategorieCreancier;
import java.math.BigDecimal;
import java.util.Optional;

/** Port: the published rates, in percent per year, by half-year. Empty when a half-year is unknown. */
public interface BaremeDesTaux {

    /** Taux de l'intérêt légal (L313-2 CMF), set by arrêté for each half-year. */
    Optional<BigDecimal> tauxInteretLegal(Semestre semestre, CategorieCreancier categorie);

    /**
     * The ECB main refinancing rate that L441-10 C. com. refers to: the one in force on 1 January for
     * the first half-year, on 1 July for the second.
     */
    Optional<BigDecimal> tauxRefinancementBce(Semestre semestre);

    /** Whether that half-year of that table was entered from a secondary source and not yet checked. */
    boolean aConfirmer(TableDeTaux.Nature table, Semestre semestre);
}
