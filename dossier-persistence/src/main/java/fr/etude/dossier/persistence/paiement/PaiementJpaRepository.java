package fr.etude.dossier.persistence.paiement;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PaiementJpaRepository extends JpaRepository<PaiementEntity, UUID> {
    List<PaiementEntity> findByDossierIdOrderByDatePaiementAscEnregistreLeAsc(UUID dossierId);
}
