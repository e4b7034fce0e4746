package fr.etude.dossier.core.utilisateur;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the office's user accounts. */
public interface Utilisateurs {

    Optional<Identification> pourConnexion(String identifiant);

    List<Utilisateur> tous();

    void creer(Utilisateur utilisateur, String motDePasseHache);

    /**
     * Counts a failed sign-in; the failure that reaches the policy's limit blocks the account until
     * the policy's date. Atomic, so that several application instances count together.
     */
    void enregistrerEchec(String identifiant, PolitiqueDeBlocage politique, Instant maintenant);

    void enregistrerSucces(String identifiant);

    /** A user and the hash of his password, for sign-in only. */
    record Identification(Utilisateur utilisateur, String motDePasseHache) {
    }
}
