package fr.etude.dossier.core.utilisateur;

/** What a user of the office's software is allowed to do. */
public enum Role {
    /** Chargé de recouvrement: works the dossiers assigned to him. */
    CLERK,
    /** Commissaire de justice: approves escalations to contentieux, supervises enforcement. */
    HUISSIER,
    /** A creditor client's user, bound to exactly one créancier. */
    CREDITOR,
    /** Administrator of users, créanciers, templates and legal tables. */
    ADMIN
}
