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

    /** A user and the hash of his password, for sign-in only. */
    record Identification(Utilisateur utilisateur, String motDePasseHache) {
    }
}
