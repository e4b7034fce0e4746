package fr.etude.dossier.persistence.paiement;

import java.time.Instant;
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
import fr.etude.dossier.core.paiement.Paiements;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

@Repository
@Transactional
class PaiementsAdapter implements Paiements {


    private final PaiementJpaRepository repository;

    PaiementsAdapter(PaiementJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public void ajouter(DossierId dossier, Paiement paiement, UtilisateurId enregistrePar) {
        PaiementEntity entite = new PaiementEntity();
        entite.id = paiement.id();
        entite.dossierId = dossier.value();
        entite.enregistreLe = Instant.now();
        entite.enregistrePar = enregistrePar.value();
        copier(paiement, entite);
        repository.save(entite);
    }

    @Override
    public void contrepasser(Paiement contrepasse) {
        PaiementEntity entite = repository.findById(contrepasse.id())
                .orElseThrow(() -> new IllegalArgumentException("Ce paiement n'existe pas."));
        if (entite.contrepasseLe != null) {
            throw new IllegalStateException("Ce paiement a déjà été contre-passé.");
        }
        copier(contrepasse, entite);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Paiement> duDossier(DossierId dossier) {
        return repository.findByDossierIdOrderByDatePaiementAscEnregistreLeAsc(dossier.value()).stream()
                .map(PaiementsAdapter::versDomaine).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DossierId> dossierDe(UUID paiement) {
        return repository.findById(paiement).map(entite -> new DossierId(entite.dossierId));
    }

    private static void copier(Paiement paiement, PaiementEntity entite) {
        entite.datePaiement = paiement.date();
        entite.montant = paiement.montant().valeur();
        entite.mode = paiement.mode().name();
        entite.reference = paiement.reference();
        entite.designationCreanceId = paiement.designation().map(CreanceId::value).orElse(null);
        entite.contrepasseLe = paiement.contrepassation().map(Paiement.Contrepassation::date).orElse(null);
        entite.motifContrepassation = paiement.contrepassation().map(Paiement.Contrepassation::motif).orElse(null);
    }

    private static Paiement versDomaine(PaiementEntity entite) {
        return new Paiement(entite.id, entite.datePaiement, Montant.of(entite.montant), ModePaiement.valueOf(entite.mode),
                entite.reference, Optional.ofNullable(entite.designationCreanceId).map(CreanceId::new),
                Optional.ofNullable(entite.contrepasseLe)
                        .map(date -> new Paiement.Contrepassation(date, entite.motifContrepassation)));
    }
}
