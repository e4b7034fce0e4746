package fr.etude.dossier.core.decompte;

import java.time.LocalDate;
import java.util.List;

import fr.etude.dossier.core.argent.Montant;

/**
 * The statement of what the debtor owes at a date: interest lines, imputation of each payment,
 * the situation of each créance, totals and the explanation in French. A value: same request, same
 * cents.
 *
 * @param excedent what was paid beyond the whole debt (trop-perçu), to be returned
 */
public record Decompte(LocalDate dateArrete, List<SituationCreance> creances, List<LigneInterets> lignes,
                       List<Imputation> imputations, Montant frais, Montant payeFrais, Montant paiementsRetenus,
                       Montant excedent, List<Fait> faits) {

    /** The explanation in French, one sentence per line, as printed under the figures. */
    public List<String> explication() {
        return faits.stream().flatMap(fait -> fait.lignes().stream()).toList();
    }

    /**
     * The rows of the rate tables this statement read, each once, in the order of the lines: what an
     * issued statement keeps so that it can be drawn up again, the same, after a row is corrected.
     */
    public List<Taux> tauxDuBareme() {
        return lignes.stream().map(LigneInterets::taux)
                .filter(taux -> taux.source() instanceof Taux.Source.InteretLegal
                        || taux.source() instanceof Taux.Source.PenalitesBce)
                .distinct().toList();
    }

    /** Whether a line uses a half-year still to check against the published text. */
    public boolean utiliseDesTauxAConfirmer() {
        return lignes.stream().anyMatch(ligne -> ligne.taux().aConfirmer());
    }

    public Montant principal() {
        return somme(SituationCreance::principal);
    }

    public Montant interets() {
        return somme(SituationCreance::interets);
    }

    public Montant accessoires() {
        return somme(SituationCreance::accessoires);
    }

    /** Principal, interest, accessories and costs of enforcement. */
    public Montant totalDu() {
        return somme(SituationCreance::du).plus(frais);
    }

    /** What the payments settled (the excess aside). */
    public Montant totalImpute() {
        return somme(SituationCreance::paye).plus(payeFrais);
    }

    public Montant solde() {
        return totalDu().moins(totalImpute());
    }

    private Montant somme(java.util.function.Function<SituationCreance, Montant> part) {
        return creances.stream().map(part).reduce(Montant.ZERO, Montant::plus);
    }
}
