package fr.etude.dossier.persistence.reclamation;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.persistence.audit.JournalAudit;
import fr.etude.dossier.core.reclamation.Reclamation;
import fr.etude.dossier.core.reclamation.Reclamations;

@Repository
@Transactional
class ReclamationsAdapter implements Reclamations {


    private final ReclamationJpaRepository repository;
    private final JournalAudit journal;
    private final JdbcClient jdbc;

    ReclamationsAdapter(ReclamationJpaRepository repository, JournalAudit journal, JdbcClient jdbc) {
        this.repository = repository;
        this.journal = journal;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ouverte> ouvertes(int limite) {
        return jdbc.sql("""
                select r.id, r.dossier_id, d.reference, coalesce(db.raison_sociale, db.nom || coalesce(' ' || db.prenom, '')) as debiteur,
                       r.recue_le, r.echeance, r.statut, r.objet
                  from reclamation r
                  join dossier d on d.id = r.dossier_id
                  join dossier_debiteur dd on dd.dossier_id = d.id and dd.rang = 1
                  join debiteur db on db.id = dd.debiteur_id
                 where r.statut <> 'REPONDUE'
                 order by r.recue_le, d.reference limit :limite
                """).param("limite", limite)
                .query((rs, n) -> new Ouverte(rs.getObject("id", UUID.class), new DossierId(rs.getObject("dossier_id", UUID.class)),
                        rs.getString("reference"), rs.getString("debiteur"), rs.getObject("recue_le", LocalDate.class),
                        rs.getObject("echeance", LocalDate.class), Reclamation.Statut.valueOf(rs.getString("statut")),
                        rs.getString("objet")))
                .list();
    }

    @Override
    public void enregistrer(DossierId dossier, Reclamation reclamation, Auteur auteur) {
        String avant = journal.etat("reclamation", reclamation.id());
        ReclamationEntity entite = repository.findById(reclamation.id()).orElseGet(() -> {
            ReclamationEntity nouvelle = new ReclamationEntity();
            nouvelle.id = reclamation.id();
            nouvelle.dossierId = dossier.value();
            return nouvelle;
        });
        entite.recueLe = reclamation.recueLe();
        entite.objet = reclamation.objet();
        entite.echeance = reclamation.echeance();
        entite.statut = reclamation.statut().name();
        entite.accuseLe = reclamation.accuseLe().orElse(null);
        entite.analyse = reclamation.analyse().orElse(null);
        entite.reponse = reclamation.reponse().orElse(null);
        entite.reponduLe = reclamation.reponduLe().orElse(null);
        repository.saveAndFlush(entite);
        journal.journaliser(auteur, "reclamation", reclamation.id(), "RECLAMATION_" + reclamation.statut().name(), avant);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reclamation> duDossier(DossierId dossier) {
        return repository.findByDossierIdOrderByRecueLeAsc(dossier.value()).stream()
                .map(entite -> Reclamation.reconstituer(entite.id, entite.recueLe, entite.objet, entite.echeance,
                        Reclamation.Statut.valueOf(entite.statut), Optional.ofNullable(entite.accuseLe),
                        Optional.ofNullable(entite.analyse), Optional.ofNullable(entite.reponse),
                        Optional.ofNullable(entite.reponduLe)))
                .toList();
    }
}
