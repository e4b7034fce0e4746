package fr.etude.dossier.web.situation;

import fr.etude.dossier.core.debiteur.SolutionNegociee;

/** The French words of a negotiated solution, for the timeline (the page reads messages.properties). */
final class Libelles {

    private Libelles() {
    }

    static String solution(SolutionNegociee.Nature nature) {
        return switch (nature) {
            case ECHELONNEMENT -> "échelonnement";
            case ECHELONNEMENT_AVEC_SURETE -> "échelonnement avec sûreté";
            case PAIEMENT_PARTIEL -> "paiement partiel";
            case RACHAT_PAR_UN_PROCHE -> "rachat de la créance par un proche";
            case VENTE_VOLONTAIRE -> "vente volontaire d'un bien";
            case REFUS -> "refus du débiteur";
        };
    }
}
