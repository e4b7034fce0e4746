package fr.etude.dossier.core.creancier;

import java.util.Objects;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * What the créancier asks the office to claim, and what it lets a clerk grant.
 *
 * @param penalitesDeRetard       between professionals, late-payment penalties are claimed (L441-10 C. com.);
 *                                otherwise its invoices bear the legal interest from a formal demand
 * @param indemniteForfaitaire    the 40 € fixed indemnity per late invoice is claimed (L441-10, D441-5 C. com.)
 * @param dureeMaxEcheancierMois  the longest payment plan a clerk may agree, in months, first to last instalment
 * @param echeanceMinimale        the smallest instalment (the last one may be smaller: it takes the rest);
 *                                both checked by {@code PlansDuDossier.verifierLesLimitesDuCreancier}
 */
public record ConditionsDeRecouvrement(boolean penalitesDeRetard, boolean indemniteForfaitaire, int dureeMaxEcheancierMois,
                                       Montant echeanceMinimale) {

    /** A plan may not exceed the two years a judge could grant anyway (art. 1343-5 C. civ.) by much more. */
    public static final int DUREE_MAX_MOIS = 60;
    public static final Montant ECHEANCE_MINIMALE_MAX = Montant.of("100000.00");

    /** What an office claims and grants when the créancier said nothing else. */
    public static final ConditionsDeRecouvrement PAR_DEFAUT = new ConditionsDeRecouvrement(true, true, 24, Montant.ZERO);

    public ConditionsDeRecouvrement {
        Objects.requireNonNull(echeanceMinimale);
        if (dureeMaxEcheancierMois < 1 || dureeMaxEcheancierMois > DUREE_MAX_MOIS) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DUREE, "La durée maximale d'un échéancier va de 1 à "
                    + DUREE_MAX_MOIS + " mois.");
        }
        if (echeanceMinimale.estNegatif() || echeanceMinimale.compareTo(ECHEANCE_MINIMALE_MAX) > 0) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, "L'échéance minimale va de 0,00 € à "
                    + FormatFrancais.euros(ECHEANCE_MINIMALE_MAX) + ".");
        }
    }
}
