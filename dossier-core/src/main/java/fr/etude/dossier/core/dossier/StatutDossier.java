package fr.etude.dossier.core.dossier;

public enum StatutDossier {
    /** Being worked. */
    OUVERT,
    /** Work paused: complaint, surendettement recevable, creditor's request. */
    SUSPENDU,
    /** Finished, with a closing motif. */
    CLOS
}
