package fr.etude.dossier.core.utilisateur;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.core.regle.RegleEnfreinte.Sujet;

/**
 * A person who signs in. A creditor user is bound to one créancier and sees only its dossiers;
 * no other role is bound to one.
 */
public record Utilisateur(UtilisateurId id, String identifiant, String nomAffiche, Role role,
                          Optional<CreancierId> creancier, boolean actif) {

    public static final int IDENTIFIANT_MAX = 100;
    public static final int NOM_MAX = 200;

    /** Typed the same way on every keyboard and in every log: no accent, no space, no capital. */
    private static final Pattern IDENTIFIANT_OUVRABLE = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

    public Utilisateur {
        Objects.requireNonNull(id);
        Objects.requireNonNull(role);
        Objects.requireNonNull(creancier);
        if (identifiant == null || identifiant.isBlank()) {
            throw new RegleEnfreinte(Sujet.IDENTIFIANT, "L'identifiant de connexion est obligatoire.");
        }
        if (nomAffiche == null || nomAffiche.isBlank()) {
            throw new RegleEnfreinte(Sujet.NOM, "Le nom de l'utilisateur est obligatoire.");
        }
        nomAffiche = nomAffiche.strip();
        if (nomAffiche.length() > NOM_MAX) {
            throw new RegleEnfreinte(Sujet.NOM, "Le nom de l'utilisateur ne dépasse pas " + NOM_MAX + " caractères.");
        }
        if ((role == Role.CREDITOR) != creancier.isPresent()) {
            throw new RegleEnfreinte(Sujet.CREANCIER, role == Role.CREDITOR
                    ? "Un utilisateur créancier doit être rattaché à un créancier."
                    : "Seul un utilisateur créancier est rattaché à un créancier.");
        }
    }

    /** An account the administrator opens: it may sign in at once, with a password given to it. */
    public static Utilisateur ouvrir(String identifiant, String nomAffiche, Role role, Optional<CreancierId> creancier) {
        String login = identifiant == null ? "" : identifiant.strip();
        if (!login.isEmpty() && !IDENTIFIANT_OUVRABLE.matcher(login).matches()) {
            throw new RegleEnfreinte(Sujet.IDENTIFIANT, "L'identifiant ne prend que des minuscules sans accent, des "
                    + "chiffres et les signes . _ - @, de 2 à " + IDENTIFIANT_MAX + " caractères.");
        }
        return new Utilisateur(UtilisateurId.nouveau(), login, nomAffiche, role, creancier, true);
    }

    /**
     * Name, role and créancier changed by an administrator; the login stays what the journal knows
     * him by. Nobody takes away his own administrator role: an office could lose its last one.
     */
    public Utilisateur modifier(String nom, Role nouveauRole, Optional<CreancierId> nouveauCreancier, UtilisateurId par) {
        if (id.equals(par) && role == Role.ADMIN && nouveauRole != Role.ADMIN) {
            throw new RegleEnfreinte(Sujet.ROLE, "Vous ne pouvez pas retirer votre propre rôle d'administrateur : "
                    + "demandez-le à un autre administrateur.");
        }
        return new Utilisateur(id, identifiant, nom, nouveauRole, nouveauCreancier, actif);
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
