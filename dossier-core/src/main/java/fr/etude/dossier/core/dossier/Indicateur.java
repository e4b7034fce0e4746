package fr.etude.dossier.core.dossier;

/** What makes a dossier stand out in a list, and what the clerk's day can be filtered by. */
public enum Indicateur {
    /** The next action is to chase a promise whose date has come. */
    PROMESSE_ECHUE,
    /** The next action is to chase a missed instalment of the échéancier. */
    ECHEANCE_IMPAYEE,
    ECHEANCIER_EN_COURS,
    RECLAMATION_OUVERTE,
    SURENDETTEMENT,
    /** A créance becomes time-barred within the office's warning period. */
    PRESCRIPTION_PROCHE;

    /** What a due next action of that priority ({@link ProchaineAction.Type#priorite()}) signals, if anything. */
    public static java.util.Optional<Indicateur> deLaPriorite(int priorite) {
        if (priorite == ProchaineAction.Type.RAPPEL_PROMESSE.priorite()) {
            return java.util.Optional.of(PROMESSE_ECHUE);
        }
        if (priorite == ProchaineAction.Type.ECHEANCE_IMPAYEE.priorite()) {
            return java.util.Optional.of(ECHEANCE_IMPAYEE);
        }
        return java.util.Optional.empty();
    }
}
