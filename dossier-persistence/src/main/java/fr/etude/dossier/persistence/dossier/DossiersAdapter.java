package fr.etude.dossier.persistence.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.Evenement;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.dossier.ReferenceDossier;
import fr.etude.dossier.persistence.audit.JournalAudit;

@Repository
@Transactional
class DossiersAdapter implements Dossiers {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final DossierJpaRepository repository;
    private final JdbcTemplate jdbc;
    private final CompteurDeReferences compteur;
    private final JournalAudit journal;
    private final EntityManager entityManager;
    private final EcritureDesPaiements paiements;
    private final ApplicationEventPublisher publication;

    DossiersAdapter(DossierJpaRepository repository, JdbcTemplate jdbc, CompteurDeReferences compteur,
                    JournalAudit journal, EntityManager entityManager, EcritureDesPaiements paiements,
                    ApplicationEventPublisher publication) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.compteur = compteur;
        this.journal = journal;
        this.entityManager = entityManager;
        this.paiements = paiements;
        this.publication = publication;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Dossier> parId(DossierId id) {
        return repository.findById(id.value()).map(DossierMapper::versDomaine);
    }

    @Override
    public void ajouter(Dossier dossier) {
        LocalDate ouvertLe = dossier.nouveauxEvenements().stream().findFirst()
                .map(evenement -> LocalDate.ofInstant(evenement.moment(), PARIS)).orElse(LocalDate.now(Clock.system(PARIS)));
        repository.saveAndFlush(DossierMapper.nouvelleEntite(dossier, ouvertLe));
        ajouterEvenements(dossier, dossier.nouveauxEvenements());
        journaliser(dossier, null);
    }

    @Override
    public void enregistrer(Dossier dossier) {
        DossierEntity entite = repository.findById(dossier.id().value())
                .orElseThrow(() -> new IllegalStateException("Dossier inconnu : " + dossier.reference()));
        // The version read with the dossier must still be the stored one; JPA then checks it again
        // at the update, against a save that would slip in between.
        if (entite.version != dossier.version()) {
            throw new ModificationConcurrente(dossier.reference());
        }
        String avant = etatEnJson(dossier);
        DossierMapper.copierEtat(dossier, entite);
        try {
            repository.saveAndFlush(entite);
            // A note changes no column JPA writes, yet it changes the dossier: the version moves all
            // the same, so that a page read before it cannot record the same thing twice. The
            // pessimistic mode increments now, inside this catch; the optimistic one would wait for
            // the commit and fail there, out of reach.
            if (!dossier.nouveauxEvenements().isEmpty() && entite.version == dossier.version()) {
                entityManager.lock(entite, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            }
        } catch (org.springframework.dao.OptimisticLockingFailureException | org.springframework.dao.PessimisticLockingFailureException
                 | jakarta.persistence.OptimisticLockException | jakarta.persistence.PessimisticLockException conflit) {
            throw new ModificationConcurrente(dossier.reference());
        }
        dossier.evenementsDuDomaine().forEach(evenement -> paiements.ecrire(dossier.reference(), evenement));
        ajouterEvenements(dossier, dossier.nouveauxEvenements());
        journaliser(dossier, avant);
        // Listeners run in this transaction: what they change is stored with the dossier, or nothing is.
        dossier.evenementsDuDomaine().forEach(publication::publishEvent);
    }

    private String etatEnJson(Dossier dossier) {
        return jdbc.queryForObject("""
                select (to_jsonb(d) || jsonb_build_object('blocages',
                        (select coalesce(jsonb_agg(b.blocage order by b.blocage), '[]') from dossier_blocage b
                          where b.dossier_id = d.id)))::text
                  from dossier d where d.id = ?
                """, String.class, dossier.id().value());
    }

    /** The audit journal: who, when, what, and the row before and after, in the same transaction. */
    private void journaliser(Dossier dossier, String avant) {
        List<Evenement> evenements = dossier.nouveauxEvenements();
        if (evenements.isEmpty()) {
            return;
        }
        Evenement dernier = evenements.get(evenements.size() - 1);
        String action = String.join(",", evenements.stream().map(evenement -> evenement.type().name()).distinct().toList());
        journal.journaliser(dernier.auteur(), dernier.moment(), "dossier", dossier.reference().valeur(), action, avant,
                etatEnJson(dossier));
    }

    @Override
    public ReferenceDossier prochaineReference(int annee) {
        return ReferenceDossier.de(annee, compteur.reserver(annee, 1));
    }

    private void ajouterEvenements(Dossier dossier, List<Evenement> evenements) {
        jdbc.batchUpdate("insert into evenement (dossier_id, type, moment, auteur_id, auteur_nom, resume) values (?, ?, ?, ?, ?, ?)",
                evenements, evenements.size(), (instruction, evenement) -> {
                    instruction.setObject(1, dossier.id().value());
                    instruction.setString(2, evenement.type().name());
                    instruction.setTimestamp(3, Timestamp.from(evenement.moment()));
                    instruction.setObject(4, evenement.auteur().id().value());
                    instruction.setString(5, evenement.auteur().nom());
                    instruction.setString(6, evenement.resume());
                });
    }
}
