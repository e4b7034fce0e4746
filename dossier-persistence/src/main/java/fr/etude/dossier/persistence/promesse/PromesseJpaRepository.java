package fr.etude.dossier.persistence.promesse;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PromesseJpaRepository extends JpaRepository<PromesseEntity, UUID> {
    List<PromesseEntity> findByDossierIdOrderByFaiteLeAsc(UUID dossierId);
}
