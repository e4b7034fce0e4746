package fr.etude.dossier.core.utilisateur;

import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.creancier.CreancierId;

/**
 * A person who signs in. A creditor user is bound to one créancier and sees only its dossiers;
 * no other role is bound to one.
 */
public record Utilisateur(UtilisateurId id, String identifiant, String nomAffiche, Role role,
                          Optional<CreancierId> creancier, boolean actif) {

    public Utilisateur {
        Objects.requireNonNull(id);
        Objects.requireNonNull(role);
        if (identifiant == null || identifiant.isBlank()) {
            throw new IllegalArgumentException("L'identifiant de connexion est obligatoire.");
        }
        if (nomAffiche == null || nomAffiche.isBlank()) {
            throw new IllegalArgumentException("Le nom de l'utilisateur est obligatoire.");
        }
        if ((role == Role.CREDITOR) != creancier.isPresent()) {
            throw new IllegalArgumentException(role == Role.CREDITOR
                    ? "Un utilisateur créancier doit être rattaché à un créancier."
                    : "Seul un utilisateur créancier est rattaché à un créancier.");
        }
    }

    /**
     * The account disabled or enabled again by an administrator. Nobody disables his own account: an
     * office would otherwise lock itself out of its administration.
     */
    public Utilisateur avecActivite(boolean active, UtilisateurId par) {
        if (!active && id.equals(par)) {
            throw new IllegalArgumentException("Vous ne pouvez pas désactiver votre propre compte.");
        }
        return new Utilisateur(id, identifiant, nomAffiche, role, creancier, active);
    }
}
