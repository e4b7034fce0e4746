package fr.etude.dossier.persistence.utilisateur;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UtilisateurJpaRepository extends JpaRepository<UtilisateurEntity, UUID> {

    Optional<UtilisateurEntity> findByIdentifiant(String identifiant);

    List<UtilisateurEntity> findAllByOrderByRoleAscNomAfficheAsc();

    /** One statement, so that concurrent failures on several instances all count. */
    @Modifying
    @Query(value = """
            update utilisateur
               set echecs_connexion = case when echecs_connexion + 1 >= :echecsMax then 0 else echecs_connexion + 1 end,
                   bloque_jusqua    = case when echecs_connexion + 1 >= :echecsMax then :jusqua else bloque_jusqua end
             where identifiant = :identifiant
            """, nativeQuery = true)
    int compterEchec(@Param("identifiant") String identifiant, @Param("echecsMax") int echecsMax,
                     @Param("jusqua") Instant jusqua);

    @Modifying
    @Query(value = "update utilisateur set echecs_connexion = 0 where identifiant = :identifiant and echecs_connexion > 0",
            nativeQuery = true)
    int remettreAZero(@Param("identifiant") String identifiant);
}
