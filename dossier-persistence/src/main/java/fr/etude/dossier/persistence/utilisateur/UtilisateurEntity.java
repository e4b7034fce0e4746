package fr.etude.dossier.persistence.utilisateur;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.etude.dossier.core.utilisateur.Role;

@Entity
@Table(name = "utilisateur")
class UtilisateurEntity {

    @Id
    UUID id;

    @Column(nullable = false)
    String identifiant;

    @Column(name = "mot_de_passe", nullable = false)
    String motDePasse;

    @Column(name = "nom_affiche", nullable = false)
    String nomAffiche;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Role role;

    @Column(name = "creancier_id")
    UUID creancierId;

    @Column(nullable = false)
    boolean actif;

    @Column(name = "mot_de_passe_a_changer", nullable = false)
    boolean motDePasseAChanger;

    @Version
    Long version;
}
