package fr.etude.dossier.core.portefeuille;

import java.time.LocalDate;

/**
 * How old a debt still owed is, counted from the day it fell due (the exigibilité of the dossier's oldest
 * créance) to today, in calendar months: what a creditor reads to see which part of its balance is ageing,
 * the older the harder to recover (and the nearer the prescription: 2 years for a consumer, L218-2 C. conso.).
 * Each tranche includes its lower bound: a debt due exactly 3 months ago is in {@link #DE_3_A_6_MOIS}.
 */
public enum TrancheDAnciennete {
    /** Due less than 3 months ago, or not yet due. */
    MOINS_DE_3_MOIS(0),
    /** Due from 3 months ago to less than 6. */
    DE_3_A_6_MOIS(3),
    /** Due from 6 months ago to less than 12. */
    DE_6_A_12_MOIS(6),
    /** Due from 1 year ago to less than 2 years. */
    DE_1_A_2_ANS(12),
    /** Due 2 years ago or more. */
    PLUS_DE_2_ANS(24);

    private final int depuisMois;

    TrancheDAnciennete(int depuisMois) {
        this.depuisMois = depuisMois;
    }

    /** The tranche of a debt that fell due on {@code exigibilite}, seen on {@code aujourdhui}. */
    public static TrancheDAnciennete de(LocalDate exigibilite, LocalDate aujourdhui) {
        TrancheDAnciennete tranche = MOINS_DE_3_MOIS;
        for (TrancheDAnciennete candidate : values()) {
            if (!exigibilite.isAfter(aujourdhui.minusMonths(candidate.depuisMois))) {
                tranche = candidate;
            }
        }
        return tranche;
    }
}
