package fr.etude.dossier.persistence.utilisateur;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface UtilisateurJpaRepository extends JpaRepository<UtilisateurEntity, UUID> {

    Optional<UtilisateurEntity> findByIdentifiant(String identifiant);

    List<UtilisateurEntity> findAllByOrderByRoleAscNomAfficheAsc();
}
