package fr.etude.dossier.core.utilisateur;

import java.util.List;
import java.util.Optional;

/** Port: the office's user accounts. */
public interface Utilisateurs {

    Optional<Identification> pourConnexion(String identifiant);

    List<Utilisateur> tous();

    void creer(Utilisateur utilisateur, String motDePasseHache);

    Optional<Utilisateur> parId(UtilisateurId id);

    /** Stores whether the account may sign in, with the audit of who and when. */
    void enregistrerActivite(Utilisateur utilisateur, UtilisateurId auteur, String nomDeLAuteur);

    /** The password was given by someone else: it is changed at the next sign-in. */
    void exigerUnNouveauMotDePasse(UtilisateurId id);

    /** The user's own new password, which lifts the requirement above. */
    void changerMotDePasse(UtilisateurId id, String motDePasseHache);

    /** A user and the hash of his password, for sign-in only; whether he must change it first. */
    record Identification(Utilisateur utilisateur, String motDePasseHache, boolean motDePasseAChanger) {
    }
}
