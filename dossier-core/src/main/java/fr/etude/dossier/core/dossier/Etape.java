package fr.etude.dossier.core.dossier;

/** The stages of recovery, in the order a dossier goes through them. */
public enum Etape {
    /** Recouvrement amiable (commercial): letters and calls, no cost to the debtor (L111-8 CPCE). */
    AMIABLE,
    /** Amiable personnalisé: a clerk negotiates with the debtor (situation, échéancier). */
    PERSONNALISE,
    /** Last amiable step before court: mise en demeure, review of the file for contentieux. */
    PRECONTENTIEUX,
    /** Judicial stage, approved by the commissaire de justice: injonction de payer, assignation... */
    CONTENTIEUX,
    /** Exécution forcée on a titre exécutoire: saisies, with their legal deadlines. */
    EXECUTION;

    /** Going to contentieux is the commissaire de justice's decision, not the clerk's. */
    public boolean exigeLApprobationDuCommissaire() {
        return this == CONTENTIEUX;
    }

    public String libelle() {
        return switch (this) {
            case AMIABLE -> "amiable";
            case PERSONNALISE -> "amiable personnalisé";
            case PRECONTENTIEUX -> "précontentieux";
            case CONTENTIEUX -> "contentieux";
            case EXECUTION -> "exécution forcée";
        };
    }

    /** The stage after this one; EXECUTION is the last. */
    public java.util.Optional<Etape> suivante() {
        return ordinal() + 1 < values().length
                ? java.util.Optional.of(values()[ordinal() + 1])
                : java.util.Optional.empty();
    }
}
