package fr.etude.dossier.core.decompte;

import java.math.BigDecimal;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.creancier.CategorieCreancier;
import fr.etude.dossier.core.taux.Semestre;

/**
 * A yearly rate in percent and where it comes from. The source is kept as data and written out
 * only when read, so that looking a rate up costs no text.
 */
public record Taux(BigDecimal pourcentage, Source source) {

    public static final Taux NUL = new Taux(BigDecimal.ZERO, new Source.Aucune());

    /** "intérêt légal, 1er semestre 2024 (autres cas)". */
    public String origine() {
        return source.libelle();
    }

    /** Whether the rate comes from a row of the tables entered from a secondary source and not yet checked. */
    public boolean aConfirmer() {
        return source.aConfirmer();
    }

    public sealed interface Source {

        String libelle();

        /** Read from a half-year of the tables still to check against the published text. */
        default boolean aConfirmer() {
            return false;
        }

        record InteretLegal(Semestre semestre, CategorieCreancier categorie, BigDecimal pointsDeMajoration,
                            boolean aConfirmer)
                implements Source {
            @Override
            public String libelle() {
                String libelle = "intérêt légal, " + semestre.libelle() + " (" + categorie.libelle() + ")";
                return pointsDeMajoration.signum() == 0 ? libelle
                        : libelle + " majoré de " + pointsDeMajoration.toPlainString() + " points (art. L313-3 CMF)";
            }
        }

        record PenalitesBce(Semestre semestre, BigDecimal tauxBce, BigDecimal points, boolean aConfirmer)
                implements Source {
            @Override
            public String libelle() {
                return "pénalités de retard, taux BCE du " + semestre.libelle() + " (" + FormatFrancais.pourcentage(tauxBce)
                        + ") + " + points.toPlainString() + " points (art. L441-10 C. com.)";
            }
        }

        record PenalitesConvenues() implements Source {
            @Override
            public String libelle() {
                return "pénalités de retard au taux convenu (art. L441-10 C. com.)";
            }
        }

        record Conventionnel() implements Source {
            @Override
            public String libelle() {
                return "taux conventionnel";
            }
        }

        record Aucune() implements Source {
            @Override
            public String libelle() {
                return "aucun intérêt";
            }
        }
    }
}
