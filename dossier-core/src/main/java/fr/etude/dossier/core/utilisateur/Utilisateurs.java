package fr.etude.dossier.core.utilisateur;

import java.util.List;
import java.util.Optional;

/** Port: the office's user accounts. */
public interface Utilisateurs {

    Optional<Identification> pourConnexion(String identifiant);

    List<Utilisateur> tous();

    void creer(Utilisateur utilisateur, String motDePasseHache);

    /** Every account with what the administrator's list shows of it, by role then name. */
    List<Compte> comptes();

    Optional<Compte> compte(UtilisateurId id);

    /**
     * An account opened by an administrator with a password he gives, to be changed at the first
     * sign-in; audited. @throws org.springframework.dao.DuplicateKeyException when the login is taken
     */
    void ouvrir(Utilisateur utilisateur, String motDePasseHache, UtilisateurId auteur, String nomDeLAuteur);

    /**
     * Name, role and créancier as changed by an administrator, if nobody changed the account since
     * {@code versionLue}; audited. @throws org.springframework.dao.OptimisticLockingFailureException otherwise
     */
    void modifier(Utilisateur utilisateur, long versionLue, UtilisateurId auteur, String nomDeLAuteur);

    /** A password given by an administrator (forgotten, or never received), changed at the next sign-in; audited. */
    void reinitialiserMotDePasse(UtilisateurId id, String motDePasseHache, UtilisateurId auteur, String nomDeLAuteur);

    Optional<Utilisateur> parId(UtilisateurId id);

    /** Stores whether the account may sign in, with the audit of who and when. */
    void enregistrerActivite(Utilisateur utilisateur, UtilisateurId auteur, String nomDeLAuteur);

    /** The password was given by someone else: it is changed at the next sign-in. */
    void exigerUnNouveauMotDePasse(UtilisateurId id);

    /** The user's own new password, which lifts the requirement above. */
    void changerMotDePasse(UtilisateurId id, String motDePasseHache);

    /** An account as stored: the user, the version an edit starts from, whether a given password is still to change. */
    record Compte(Utilisateur utilisateur, long version, boolean motDePasseAChanger) {
    }

    /** A user and the hash of his password, for sign-in only; whether he must change it first. */
    record Identification(Utilisateur utilisateur, String motDePasseHache, boolean motDePasseAChanger) {
    }
}
