package fr.etude.dossier.persistence.paiement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.CreanceId;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.paiement.ModePaiement;
import fr.etude.dossier.core.paiement.Paiement;
import fr.etude.dossier.core.dossier.Paiements;

/** Reads payments; they are written with their dossier (DossiersAdapter). */
@Repository
@Transactional(readOnly = true)
class PaiementsAdapter implements Paiements {

    private final PaiementJpaRepository repository;

    PaiementsAdapter(PaiementJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Paiement> duDossier(DossierId dossier) {
        return repository.findByDossierIdOrderByDatePaiementAscEnregistreLeAsc(dossier.value()).stream()
                .map(PaiementsAdapter::versDomaine).toList();
    }

    @Override
    public Optional<DossierId> dossierDe(UUID paiement) {
        return repository.findById(paiement).map(entite -> new DossierId(entite.dossierId));
    }

    private static Paiement versDomaine(PaiementEntity entite) {
        return new Paiement(entite.id, entite.datePaiement, Montant.of(entite.montant), ModePaiement.valueOf(entite.mode),
                entite.reference, Optional.ofNullable(entite.designationCreanceId).map(CreanceId::new),
                Montant.of(entite.tropPercu),
                Optional.ofNullable(entite.contrepasseLe)
                        .map(date -> new Paiement.Contrepassation(date, entite.motifContrepassation)));
    }
}
