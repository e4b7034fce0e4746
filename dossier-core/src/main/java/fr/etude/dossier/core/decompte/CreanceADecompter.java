package fr.etude.dossier.core.decompte;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.CreanceId;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.core.creance.TitreExecutoire;
import fr.etude.dossier.core.creancier.CategorieCreancier;
import fr.etude.dossier.core.creancier.ConditionsDeRecouvrement;

/** A créance as the décompte sees it: principal, interest regime, accessories. */
public record CreanceADecompter(CreanceId id, String libelle, NatureCreance nature, Montant principal,
                                LocalDate exigibilite, RegimeInterets regime, boolean capitalisation,
                                List<Accessoire> accessoires, boolean avecTitreExecutoire) {

    public CreanceADecompter {
        Objects.requireNonNull(id);
        Objects.requireNonNull(regime);
        accessoires = List.copyOf(accessoires);
        if (nature != NatureCreance.COMMERCIALE && regime instanceof RegimeInterets.PenalitesCommerciales) {
            throw new DecompteImpossible("Les pénalités de l'article L441-10 du Code de commerce ne s'appliquent "
                    + "qu'entre professionnels : la créance « " + libelle + " » n'est pas commerciale.");
        }
    }

    /**
     * Reads the créance the way the law does: B2B penalties and the 40 € indemnity between
     * professionals; otherwise the contract's rate or the legal rate from the formal demand (or the
     * judgment); nothing without either.
     */
    public static CreanceADecompter depuis(Creance creance, CategorieCreancier categorie, ParametresLegaux parametres) {
        return depuis(creance, categorie, ConditionsDeRecouvrement.PAR_DEFAUT, parametres);
    }

    /**
     * The same, as the créancier asked: between professionals, it may waive the penalties (its
     * invoices then bear the legal interest from a formal demand) or the 40 € indemnity.
     */
    public static CreanceADecompter depuis(Creance creance, CategorieCreancier categorie, ConditionsDeRecouvrement conditions,
                                           ParametresLegaux parametres) {
        List<Accessoire> accessoires = new ArrayList<>();
        RegimeInterets regime;
        boolean entreProfessionnels = creance.nature() == NatureCreance.COMMERCIALE;
        if (entreProfessionnels && conditions.indemniteForfaitaire()) {
            // D441-5 C. com.: due in full from the day after the due date, per invoice.
            accessoires.add(new Accessoire("indemnité forfaitaire pour frais de recouvrement (art. D441-5 C. com.)",
                    parametres.indemniteForfaitaire(), creance.exigibilite().plusDays(1)));
        }
        if (entreProfessionnels && conditions.penalitesDeRetard()) {
            regime = new RegimeInterets.PenalitesCommerciales(creance.exigibilite(), creance.tauxContractuel());
        } else if (creance.tauxContractuel().isPresent()) {
            regime = new RegimeInterets.TauxConventionnel(creance.tauxContractuel().get(),
                    creance.miseEnDemeure().orElse(creance.exigibilite()));
        } else {
            Optional<LocalDate> depart = creance.miseEnDemeure()
                    .or(() -> creance.titre().filter(TitreExecutoire::estJudiciaire).map(TitreExecutoire::date));
            regime = depart.<RegimeInterets>map(date -> new RegimeInterets.TauxLegal(categorie, date,
                            majoration(creance, parametres)))
                    .orElse(new RegimeInterets.AucunInteret("ni mise en demeure, ni taux convenu, ni décision (art. 1344-1 C. civ.)"));
        }
        creance.clausePenale().ifPresent(montant -> accessoires.add(new Accessoire("clause pénale", montant,
                creance.miseEnDemeure().orElse(creance.exigibilite()))));
        return new CreanceADecompter(creance.id(), creance.libelle(), creance.nature(), creance.principal(),
                creance.exigibilite(), regime, creance.capitalisation(), accessoires, creance.titre().isPresent());
    }

    /** L313-3 CMF: the last day before the majoration, two months after a condemnation was served. */
    private static Optional<LocalDate> majoration(Creance creance, ParametresLegaux parametres) {
        return creance.titre().filter(TitreExecutoire::estJudiciaire).flatMap(TitreExecutoire::signification)
                .map(signification -> signification.plusMonths(parametres.moisAvantMajoration()));
    }
}
