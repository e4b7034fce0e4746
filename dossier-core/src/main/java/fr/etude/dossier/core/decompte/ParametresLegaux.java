package fr.etude.dossier.core.decompte;

import java.math.BigDecimal;

import fr.etude.dossier.core.argent.Montant;

/**
 * The fixed figures of the law that the décompte applies, in one place, so that a reform is one
 * change of configuration.
 *
 * @param indemniteForfaitaire      D441-5 C. com.: per invoice paid late between professionals
 * @param pointsPenalitesB2B        L441-10 C. com.: added to the ECB refinancing rate
 * @param pointsMajoration          L313-3 CMF: added to the legal rate after a condemnation
 * @param moisAvantMajoration       L313-3 CMF: months after the decision became enforceable
 */
public record ParametresLegaux(Montant indemniteForfaitaire, BigDecimal pointsPenalitesB2B,
                               BigDecimal pointsMajoration, int moisAvantMajoration) {

    public static ParametresLegaux enVigueur() {
        return new ParametresLegaux(Montant.euros(40), BigDecimal.TEN, BigDecimal.valueOf(5), 2);
    }
}
