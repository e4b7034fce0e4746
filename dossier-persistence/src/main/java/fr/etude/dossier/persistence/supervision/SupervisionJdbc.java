package fr.etude.dossier.persistence.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.supervision.Supervision;

@Repository
@Transactional(readOnly = true)
class SupervisionJdbc implements Supervision {

    private final JdbcClient jdbc;

    SupervisionJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Derogation> derogations(LocalDate du, LocalDate au, int limite) {
        return jdbc.sql("""
                select c.moment, c.auteur_nom, c.dossier_id, d.reference, c.canal, c.derogation_motif
                  from contact c join dossier d on d.id = c.dossier_id
                 where c.derogation_motif is not null and c.moment >= :du and c.moment < :lendemain
                 order by c.moment desc limit :limite
                """).param("du", du.atStartOfDay()).param("lendemain", au.plusDays(1).atStartOfDay()).param("limite", limite)
                .query((rs, n) -> new Derogation(rs.getObject("moment", LocalDateTime.class), rs.getString("auteur_nom"),
                        new DossierId(rs.getObject("dossier_id", UUID.class)), rs.getString("reference"), rs.getString("canal"),
                        rs.getString("derogation_motif")))
                .list();
    }

    /**
     * Contacts from the contact log (local times), promises, payments and requests from the timeline
     * (instants, read in Paris time); a promise counts as kept when its state says so. The period is
     * applied to each source's own column, so that its index serves.
     */
    @Override
    public List<Activite> activite(LocalDate du, LocalDate au) {
        return jdbc.sql("""
                with faits as (
                    select auteur_nom as auteur, moment::date as jour, 'CONTACT' as nature, false as tenue
                      from contact where not entrant and moment >= :du and moment < :lendemain
                    union all
                    select e.auteur_nom, (e.moment at time zone 'Europe/Paris')::date, e.type,
                           e.type = 'PROMESSE' and exists (select 1 from promesse p where p.dossier_id = e.dossier_id
                               and p.faite_le = (e.moment at time zone 'Europe/Paris')::date and p.etat = 'TENUE')
                      from evenement e
                     where e.type in ('PROMESSE', 'PAIEMENT', 'DEMANDE_ESCALADE')
                       and e.moment >= (cast(:du as timestamp) at time zone 'Europe/Paris')
                       and e.moment < (cast(:lendemain as timestamp) at time zone 'Europe/Paris')
                )
                select auteur, date_trunc('week', jour)::date as semaine,
                       count(*) filter (where nature = 'CONTACT') as contacts,
                       count(*) filter (where nature = 'PROMESSE') as promesses,
                       count(*) filter (where nature = 'PROMESSE' and tenue) as tenues,
                       count(*) filter (where nature = 'PAIEMENT') as paiements,
                       count(*) filter (where nature = 'DEMANDE_ESCALADE') as escalades
                  from faits
                 group by auteur, semaine order by auteur, semaine
                """).param("du", du.atStartOfDay()).param("lendemain", au.plusDays(1).atStartOfDay())
                .query((rs, n) -> new Activite(rs.getString("auteur"), rs.getObject("semaine", LocalDate.class), rs.getInt("contacts"),
                        rs.getInt("promesses"), rs.getInt("tenues"), rs.getInt("paiements"), rs.getInt("escalades")))
                .list();
    }
}
