package fr.etude.dossier.core.debiteur;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import fr.etude.dossier.core.argent.Montant;

/**
 * What a household must keep to live on, below which no repayment is asked. Modelled on the rule of
 * over-indebtedness plans (art. L731-2 C. conso.): never less than the RSA forfait of the household
 * (art. L262-2 CASF), raised per person as art. R262-1 CASF does. The figures are configuration.
 *
 * @param forfaitPersonneSeule the RSA amount for one person
 * @param coefficients          the household coefficient by size: first for 1 person, then 2, 3…
 * @param parPersonneSupplementaire added to the coefficient for each person beyond the list
 */
public record ResteAVivre(Montant forfaitPersonneSeule, List<BigDecimal> coefficients,
                          BigDecimal parPersonneSupplementaire) {

    public ResteAVivre {
        Objects.requireNonNull(forfaitPersonneSeule);
        coefficients = List.copyOf(coefficients);
        if (coefficients.isEmpty()) {
            throw new IllegalArgumentException("Le barème du reste à vivre doit avoir au moins un coefficient.");
        }
        Objects.requireNonNull(parPersonneSupplementaire);
    }

    /** The minimum the household keeps each month. */
    public Montant minimum(int personnesDuFoyer) {
        int rang = Math.min(personnesDuFoyer, coefficients.size()) - 1;
        BigDecimal coefficient = coefficients.get(rang).add(parPersonneSupplementaire
                .multiply(BigDecimal.valueOf(Math.max(0, personnesDuFoyer - coefficients.size()))));
        return Montant.of(forfaitPersonneSeule.valeur().multiply(coefficient).setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * What the debtor can repay each month: resources less charges, other repayments and the
     * household's minimum; never below zero. Rounded down to the euro, as a plan is proposed.
     */
    public Montant capaciteMensuelle(SituationFinanciere situation) {
        Montant disponible = situation.ressources().moins(situation.charges()).moins(situation.autresDettes())
                .moins(minimum(situation.personnesDuFoyer()));
        if (!disponible.estPositif()) {
            return Montant.ZERO;
        }
        return Montant.of(disponible.valeur().setScale(0, RoundingMode.DOWN));
    }
}
