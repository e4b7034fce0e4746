package fr.etude.dossier.persistence.echeancier;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EcheancierJpaRepository extends JpaRepository<EcheancierEntity, UUID> {
    List<EcheancierEntity> findByDossierIdOrderByCreeLeAsc(UUID dossierId);
}
