package fr.etude.dossier.persistence.paiement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.CreanceId;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.paiement.ModePaiement;
import fr.etude.dossier.core.paiement.Paiement;
import fr.etude.dossier.core.paiement.Paiements;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.persistence.audit.JournalAudit;

@Repository
@Transactional
class PaiementsAdapter implements Paiements {


    private final PaiementJpaRepository repository;
    private final JdbcTemplate jdbc;
    private final JournalAudit journal;

    PaiementsAdapter(PaiementJpaRepository repository, JdbcTemplate jdbc, JournalAudit journal) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.journal = journal;
    }

    @Override
    public void ajouter(DossierId dossier, Paiement paiement, Auteur auteur) {
        PaiementEntity entite = new PaiementEntity();
        entite.id = paiement.id();
        entite.dossierId = dossier.value();
        entite.enregistreLe = Instant.now();
        entite.enregistrePar = auteur.id().value();
        copier(paiement, entite);
        repository.saveAndFlush(entite);
        deplacerLeSolde(dossier.value(), paiement.montant().valeur());
        journal.journaliser(auteur, "paiement", paiement.id(), "PAIEMENT", null);
    }

    @Override
    public void contrepasser(Paiement contrepasse, Auteur auteur) {
        PaiementEntity entite = repository.findById(contrepasse.id())
                .orElseThrow(() -> new IllegalArgumentException("Ce paiement n'existe pas."));
        if (entite.contrepasseLe != null) {
            throw new IllegalStateException("Ce paiement a déjà été contre-passé.");
        }
        String avant = journal.etat("paiement", contrepasse.id());
        copier(contrepasse, entite);
        repository.saveAndFlush(entite);
        deplacerLeSolde(entite.dossierId, entite.montant.negate());
        journal.journaliser(auteur, "paiement", contrepasse.id(), "CONTREPASSATION", avant);
    }

    /** The list figures on the dossier row move with the payment, in its transaction. */
    private void deplacerLeSolde(UUID dossier, java.math.BigDecimal recu) {
        jdbc.update("update dossier set recouvre = recouvre + ?, solde = solde - ? where id = ?", recu, recu, dossier);
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
