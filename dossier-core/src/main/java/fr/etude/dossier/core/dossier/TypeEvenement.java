package fr.etude.dossier.core.dossier;

/** The kinds of timeline entry. */
public enum TypeEvenement {
    OUVERTURE, APPEL, COURRIER, EMAIL, VISITE, NOTE, PROMESSE, ECHEANCIER, PAIEMENT, RECLAMATION, ACTE,
    CHANGEMENT_ETAPE, DEMANDE_ESCALADE, DECISION_ESCALADE, BLOCAGE, LEVEE_BLOCAGE, CLOTURE, ATTRIBUTION,
    PLANIFICATION,
    /**
     * What the negotiation with the débiteur came to (échelonnement, partial payment, buy-back, sale, refusal):
     * his proposal or answer, which the créancier is told of; it was written as a note before, and hidden.
     */
    SOLUTION;

    /** What the créancier sees of an entry of this kind in its portal. */
    public enum PourLeCreancier {
        /** The entry as written: the application wrote it whole (amounts, dates, acts, letters). */
        ENTIER,
        /** Only that it happened, and when: its text holds the office's own words (a justification, a comment). */
        SANS_DETAIL,
        /** Nothing: the office's internal work (notes, the contact log, escalation requests, assignments). */
        RIEN
    }

    /** The kinds of entries the créancier sees, in full or without their words. */
    public static java.util.Set<TypeEvenement> visiblesDuCreancier() {
        return java.util.Arrays.stream(values()).filter(type -> type.pourLeCreancier() != PourLeCreancier.RIEN)
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(TypeEvenement.class)));
    }

    /**
     * The créancier is told of every payment and every proposal of the débiteur (art. R124-5 CPCE), of
     * the letters sent and the acts of procedure; never of internal notes nor of the contact log's details.
     */
    public PourLeCreancier pourLeCreancier() {
        return switch (this) {
            case OUVERTURE, COURRIER, PROMESSE, ECHEANCIER, SOLUTION, PAIEMENT, ACTE -> PourLeCreancier.ENTIER;
            case CHANGEMENT_ETAPE, CLOTURE -> PourLeCreancier.SANS_DETAIL;
            case APPEL, EMAIL, VISITE, NOTE, RECLAMATION, DEMANDE_ESCALADE, DECISION_ESCALADE, BLOCAGE, LEVEE_BLOCAGE,
                 ATTRIBUTION, PLANIFICATION -> PourLeCreancier.RIEN;
        };
    }
}
