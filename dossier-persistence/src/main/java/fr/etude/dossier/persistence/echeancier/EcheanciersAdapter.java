package fr.etude.dossier.persistence.echeancier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.persistence.audit.JournalAudit;
import fr.etude.dossier.core.echeancier.Echeance;
import fr.etude.dossier.core.echeancier.Echeancier;
import fr.etude.dossier.core.echeancier.Echeanciers;

@Repository
@Transactional
class EcheanciersAdapter implements Echeanciers {


    private final EcheancierJpaRepository repository;
    private final JdbcTemplate jdbc;
    private final JournalAudit journal;

    EcheanciersAdapter(EcheancierJpaRepository repository, JdbcTemplate jdbc, JournalAudit journal) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.journal = journal;
    }

    @Override
    public void enregistrer(DossierId dossier, Echeancier echeancier, Auteur auteur) {
        String avant = journal.etat("echeancier", echeancier.id());
        EcheancierEntity entite = repository.findById(echeancier.id()).orElseGet(() -> {
            EcheancierEntity nouvelle = new EcheancierEntity();
            nouvelle.id = echeancier.id();
            nouvelle.dossierId = dossier.value();
            nouvelle.creeLe = Instant.now();
            return nouvelle;
        });
        entite.statut = echeancier.statut().name();
        entite.montantCouvert = echeancier.montantCouvert().valeur();
        entite.joursDeGrace = echeancier.joursDeGrace();
        entite.surete = echeancier.surete().orElse(null);
        entite.accepteLe = echeancier.accepteLe().orElse(null);
        entite.echeances.clear();
        for (Echeance echeance : echeancier.echeances()) {
            EcheancierEntity.Ligne ligne = new EcheancierEntity.Ligne();
            ligne.rang = (short) echeance.rang();
            ligne.dateEcheance = echeance.date();
            ligne.montant = echeance.montant().valeur();
            ligne.paye = echeance.paye().valeur();
            entite.echeances.add(ligne);
        }
        repository.saveAndFlush(entite);
        // The flag on the dossier row, in the same transaction: lists never look at payment plans.
        jdbc.update("""
                update dossier set echeancier_en_cours = exists (
                    select 1 from echeancier where dossier_id = ? and statut = 'EN_COURS')
                 where id = ?
                """, dossier.value(), dossier.value());
        journal.journaliser(auteur, "echeancier", echeancier.id(), "ECHEANCIER_" + echeancier.statut().name(), avant);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DossierId> aVerifier(java.time.LocalDate avant, int limite) {
        return jdbc.queryForList("""
                select distinct p.dossier_id from echeance e join echeancier p on p.id = e.echeancier_id
                 where e.paye < e.montant and e.date_echeance < ? and p.statut = 'EN_COURS'
                 limit ?
                """, UUID.class, avant, limite).stream().map(DossierId::new).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Echeancier> duDossier(DossierId dossier) {
        return repository.findByDossierIdOrderByCreeLeAsc(dossier.value()).stream().map(entite -> Echeancier.reconstituer(
                entite.id, Montant.of(entite.montantCouvert),
                entite.echeances.stream().map(ligne -> new Echeance(ligne.rang, ligne.dateEcheance,
                        Montant.of(ligne.montant), Montant.of(ligne.paye))).toList(),
                entite.joursDeGrace, Optional.ofNullable(entite.surete), Echeancier.Statut.valueOf(entite.statut),
                Optional.ofNullable(entite.accepteLe))).toList();
    }
}
