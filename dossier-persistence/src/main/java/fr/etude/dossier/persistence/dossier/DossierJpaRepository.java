package fr.etude.dossier.persistence.dossier;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DossierJpaRepository extends JpaRepository<DossierEntity, UUID> {
}
