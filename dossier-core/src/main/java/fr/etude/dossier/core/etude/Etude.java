package fr.etude.dossier.core.etude;

import java.util.Optional;

import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** Port: the office's identity, entered once by the administrator and kept current. */
public interface Etude {

    Optional<IdentiteDeLEtude> identite();

    /** Stores the identity, with the audit of who, when, before and after. */
    void enregistrer(IdentiteDeLEtude identite, UtilisateurId auteur, String nomDeLAuteur);
}
