package fr.etude.dossier.web.securite;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.utilisateur.Role;
import fr.etude.dossier.core.utilisateur.Utilisateur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/**
 * The signed-in user as the session keeps it (serialised into PostgreSQL by Spring Session, hence
 * plain fields). A creditor user carries his créancier: every creditor query is scoped with it.
 */
public final class UtilisateurConnecte implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String identifiant;
    private final String nomAffiche;
    private final Role role;
    private final UUID creancierId;
    private final boolean actif;
    private final boolean motDePasseAChanger;
    private transient String motDePasseHache;

    UtilisateurConnecte(Utilisateur utilisateur, String motDePasseHache, boolean motDePasseAChanger) {
        this.motDePasseAChanger = motDePasseAChanger;
        this.id = utilisateur.id().value();
        this.identifiant = utilisateur.identifiant();
        this.nomAffiche = utilisateur.nomAffiche();
        this.role = utilisateur.role();
        this.creancierId = utilisateur.creancier().map(CreancierId::value).orElse(null);
        this.actif = utilisateur.actif();
        this.motDePasseHache = motDePasseHache;
    }

    /** Signed in with a password someone else gave: no page but its change until it is changed. */
    public boolean motDePasseAChanger() {
        return motDePasseAChanger;
    }

    public UtilisateurId id() {
        return new UtilisateurId(id);
    }

    public String nomAffiche() {
        return nomAffiche;
    }

    /** The user as the history names him. */
    public Auteur auteur() {
        return new Auteur(id(), nomAffiche);
    }

    public Role role() {
        return role;
    }

    /** The créancier a creditor user is bound to; empty for every other role. */
    public Optional<CreancierId> creancier() {
        return Optional.ofNullable(creancierId).map(CreancierId::new);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return motDePasseHache;
    }

    @Override
    public String getUsername() {
        return identifiant;
    }

    /** An administrator disables an account; nothing else closes one (throttling only slows sign-ins down). */
    @Override
    public boolean isEnabled() {
        return actif;
    }

    /** The hash is needed only to check the password: it never goes into the session. */
    @Override
    public void eraseCredentials() {
        motDePasseHache = null;
    }
}
