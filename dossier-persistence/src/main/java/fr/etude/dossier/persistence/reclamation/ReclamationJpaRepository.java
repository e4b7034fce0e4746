package fr.etude.dossier.persistence.reclamation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReclamationJpaRepository extends JpaRepository<ReclamationEntity, UUID> {
    List<ReclamationEntity> findByDossierIdOrderByRecueLeAsc(UUID dossierId);
}
