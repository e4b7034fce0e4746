package fr.etude.dossier.core.taux;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * The rate(s) of one half-year in a legal table, with where they come from and whether the office has
 * checked them against the published text.
 *
 * @param taux       one rate (ECB) or two (taux légal: creditor a private person, then all other cases), in %
 * @param source     the text (arrêté, ECB decision) that publishes it
 * @param publieLe   when that text was published, if known
 * @param confirme   checked against the published text; else "à confirmer"
 */
public record LigneDeTaux(Semestre semestre, List<BigDecimal> taux, String source, Optional<LocalDate> publieLe,
                          boolean confirme) {

    /** A rate above this is a typing error, not a rate (the taux légal peaked near 11 % in 1984). */
    private static final BigDecimal TAUX_MAX = new BigDecimal("30");
    public static final int SOURCE_MAX = 500;

    public LigneDeTaux {
        Objects.requireNonNull(semestre);
        taux = List.copyOf(taux);
        for (BigDecimal valeur : taux) {
            if (valeur == null) {
                throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, "Chaque taux du semestre est obligatoire.");
            }
            if (valeur.signum() < 0 || valeur.compareTo(TAUX_MAX) > 0) {
                throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, "Un taux se donne en pourcentage, entre 0 et "
                        + TAUX_MAX.toPlainString() + " : " + valeur.toPlainString() + " ne convient pas.");
            }
            if (valeur.stripTrailingZeros().scale() > 4) {
                throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, "Un taux se donne avec quatre décimales au plus.");
            }
        }
        source = source == null ? "" : source.strip();
        if (source.isEmpty()) {
            throw new RegleEnfreinte("La source est obligatoire : le texte qui publie ce taux (arrêté, décision de la BCE).");
        }
        if (source.length() > SOURCE_MAX) {
            throw new RegleEnfreinte("La source se dit en " + SOURCE_MAX + " caractères au plus.");
        }
        publieLe = publieLe == null ? Optional.empty() : publieLe;
    }
}
