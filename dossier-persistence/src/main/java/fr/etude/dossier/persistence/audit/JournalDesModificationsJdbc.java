package fr.etude.dossier.persistence.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.audit.JournalDesModifications;

/**
 * Reads journal_audit newest first by its key, so that a page costs the same on the first day and
 * after ten years; the fields that changed are compared in PostgreSQL, which holds the JSON.
 */
@Repository
@Transactional(readOnly = true)
class JournalDesModificationsJdbc implements JournalDesModifications {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;

    JournalDesModificationsJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> entites() {
        // A loose index scan on ix_journal_audit_entite: one probe per distinct value, whatever the journal's size.
        return jdbc.sql("""
                with recursive entites(entite) as (
                    (select entite from journal_audit order by entite limit 1)
                    union all
                    select (select j.entite from journal_audit j where j.entite > e.entite order by j.entite limit 1)
                      from entites e where e.entite is not null
                )
                select entite from entites where entite is not null
                """).query(String.class).list();
    }

    @Override
    public Page lire(Filtre filtre, Optional<Long> avant, int taille) {
        Map<String, Object> parametres = new HashMap<>(Map.of("taille", taille + 1));
        StringBuilder conditions = new StringBuilder("true");
        avant.ifPresent(id -> condition(conditions, parametres, "j.id < :avant", "avant", id));
        filtre.entite().ifPresent(entite -> condition(conditions, parametres, "j.entite = :entite", "entite", entite));
        filtre.auteur().ifPresent(auteur -> condition(conditions, parametres, "j.utilisateur_id = :auteur", "auteur",
                auteur.value()));
        filtre.du().ifPresent(du -> condition(conditions, parametres, "j.moment >= :du", "du", debut(du)));
        filtre.au().ifPresent(au -> condition(conditions, parametres, "j.moment < :au", "au", debut(au.plusDays(1))));
        List<Modification> lues = jdbc.sql("""
                select j.id, j.moment, j.utilisateur, j.entite, j.entite_id, j.action, c.champs, c.avants, c.apres,
                       coalesce(j.apres->>'reference', j.avant->>'reference', j.apres->>'identifiant',
                                j.avant->>'identifiant', j.apres->>'nom', j.avant->>'nom') as designation
                  from journal_audit j
                  cross join lateral (
                      select array_agg(coalesce(a.key, p.key) order by coalesce(a.key, p.key)) as champs,
                             array_agg(a.value::text order by coalesce(a.key, p.key)) as avants,
                             array_agg(p.value::text order by coalesce(a.key, p.key)) as apres
                        from jsonb_each(case when jsonb_typeof(j.avant) = 'object' then j.avant else '{}' end) a
                        full join jsonb_each(case when jsonb_typeof(j.apres) = 'object' then j.apres else '{}' end) p
                          on a.key = p.key
                       where a.value is distinct from p.value
                         -- the row's key and its version change with everything: noise beside what did
                         and coalesce(a.key, p.key) not in ('id', 'version')
                         and coalesce(a.value, 'null') is distinct from coalesce(p.value, 'null')
                  ) c
                 where %s
                 order by j.id desc
                 limit :taille
                """.formatted(conditions)).params(parametres).query((rs, n) -> modification(rs)).list();
        if (lues.size() > taille) {
            return new Page(lues.subList(0, taille), Optional.of(lues.get(taille - 1).id()));
        }
        return new Page(lues, Optional.empty());
    }

    private static void condition(StringBuilder conditions, Map<String, Object> parametres, String sql, String nom,
                                  Object valeur) {
        conditions.append(" and ").append(sql);
        parametres.put(nom, valeur);
    }

    private static java.time.OffsetDateTime debut(LocalDate jour) {
        return jour.atStartOfDay(PARIS).toOffsetDateTime();
    }

    private static Modification modification(ResultSet rs) throws SQLException {
        String[] champs = textes(rs.getArray("champs"));
        String[] avants = textes(rs.getArray("avants"));
        String[] apres = textes(rs.getArray("apres"));
        List<Changement> changements = new ArrayList<>();
        for (int i = 0; i < champs.length; i++) {
            changements.add(new Changement(champs[i], Optional.ofNullable(avants[i]), Optional.ofNullable(apres[i])));
        }
        return new Modification(rs.getLong("id"), rs.getObject("moment", java.time.OffsetDateTime.class).toInstant(),
                rs.getString("utilisateur"), rs.getString("entite"), rs.getString("entite_id"),
                Optional.ofNullable(rs.getString("designation")), rs.getString("action"), changements);
    }

    private static String[] textes(Array tableau) throws SQLException {
        return tableau == null ? new String[0] : (String[]) tableau.getArray();
    }
}
