package fr.etude.dossier.web.admin;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.utilisateur.Role;
import fr.etude.dossier.core.utilisateur.Utilisateur;
import fr.etude.dossier.core.utilisateur.Utilisateurs;

/** An account as the administrator types it: the login only when opening it, then name, role and créancier. */
public class CompteSaisi {

    @Size(max = Utilisateur.IDENTIFIANT_MAX)
    private String identifiant;
    @NotBlank
    @Size(max = Utilisateur.NOM_MAX)
    private String nomAffiche;
    @NotNull
    private Role role;
    private UUID creancier;
    private Long version;

    static CompteSaisi depuis(Utilisateurs.Compte compte) {
        CompteSaisi saisie = new CompteSaisi();
        Utilisateur utilisateur = compte.utilisateur();
        saisie.identifiant = utilisateur.identifiant();
        saisie.nomAffiche = utilisateur.nomAffiche();
        saisie.role = utilisateur.role();
        saisie.creancier = utilisateur.creancier().map(CreancierId::value).orElse(null);
        saisie.version = compte.version();
        return saisie;
    }

    Optional<CreancierId> creancierChoisi() {
        return Optional.ofNullable(creancier).map(CreancierId::new);
    }

    public String getIdentifiant() { return identifiant; }
    public void setIdentifiant(String identifiant) { this.identifiant = identifiant; }
    public String getNomAffiche() { return nomAffiche; }
    public void setNomAffiche(String nomAffiche) { this.nomAffiche = nomAffiche; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public UUID getCreancier() { return creancier; }
    public void setCreancier(UUID creancier) { this.creancier = creancier; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
