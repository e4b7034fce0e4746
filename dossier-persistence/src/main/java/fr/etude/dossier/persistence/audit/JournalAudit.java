package fr.etude.dossier.persistence.audit;

import java.time.Clock;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;

/**
 * Writes the audit journal: who, when, what, and the row before and after as PostgreSQL sees it
 * ({@code to_jsonb}), in the transaction of the change itself. The table refuses any later edit.
 */
@Component
public class JournalAudit {

    private final JdbcTemplate jdbc;
    private final Clock horloge;

    /** The application's clock, so that tests fix the journal's moments too; the system's when none is defined. */
    JournalAudit(JdbcTemplate jdbc, ObjectProvider<Clock> horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge.getIfAvailable(Clock::systemUTC);
    }

    /** The row as JSON, or null when it does not exist (yet). {@code table} is one of ours, never user input. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String etat(String table, UUID id) {
        return jdbc.query("select to_jsonb(t)::text from " + table + " t where t.id = ?",
                rs -> rs.next() ? rs.getString(1) : null, id);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void journaliser(Auteur auteur, String table, UUID id, String action, String avant) {
        journaliser(auteur, horloge.instant(), table, id.toString(), action, avant, etat(table, id));
    }

    /** A change stamped now, by the application's clock: the caller gives its own JSON before and after. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void journaliser(Auteur auteur, String entite, String entiteId, String action, String avant, String apres) {
        journaliser(auteur, horloge.instant(), entite, entiteId, action, avant, apres);
    }

    /** For an aggregate whose state spans several rows: the caller gives its own JSON before and after. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void journaliser(Auteur auteur, java.time.Instant moment, String entite, String entiteId, String action,
                            String avant, String apres) {
        jdbc.update("""
                insert into journal_audit (moment, utilisateur_id, utilisateur, entite, entite_id, action, avant, apres)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
                """, java.sql.Timestamp.from(moment), auteur.id().value(), auteur.nom(), entite, entiteId, action, avant,
                apres);
    }
}
