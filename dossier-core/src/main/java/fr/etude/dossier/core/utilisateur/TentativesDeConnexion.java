package fr.etude.dossier.core.utilisateur;

import java.time.Instant;

/**
 * Port: the sign-in attempts, counted where every instance of the application sees them, so that
 * spreading attempts over instances gains a guesser nothing.
 */
public interface TentativesDeConnexion {

    /**
     * Asks {@code freinage}, with the failures recorded for this login, this address and the pair,
     * whether this attempt may check its password. An admitted attempt is counted at once as a
     * failure, until {@link #reussie} says otherwise: a burst of simultaneous attempts, even on
     * several instances, is thus admitted one by one and cannot slip in before the first fails.
     */
    FreinageDesConnexions.Admission admettre(String identifiant, String adresse, FreinageDesConnexions freinage,
                                             Instant maintenant);

    /**
     * The password was right: the pair's and the login's failures are forgotten, the address only
     * loses this attempt (others may be guessing from it), and it becomes a known address of this
     * login.
     */
    void reussie(String identifiant, String adresse, Instant maintenant);

    /**
     * Deletes the series whose last failure is before {@code avant}, except the known addresses of
     * a login. @return how many were deleted
     */
    int oublier(Instant avant);

    /** Per login, its failures whatever the address: what may be slowing it down. */
    java.util.Map<String, SerieDEchecs> echecsParIdentifiant();

    /**
     * An administrator lifts the throttling of a login he has checked with its owner: its failures
     * are forgotten, at every address; the addresses it signed in from stay known. Audited.
     */
    void liberer(Utilisateur compte, UtilisateurId auteur, String nomDeLAuteur);
}
