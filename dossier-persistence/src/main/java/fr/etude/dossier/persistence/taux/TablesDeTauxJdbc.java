package fr.etude.dossier.persistence.taux;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.taux.LigneDeTaux;
import fr.etude.dossier.core.taux.Semestre;
import fr.etude.dossier.core.taux.TableDeTaux;
import fr.etude.dossier.core.taux.TablesDeTaux;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.persistence.audit.JournalAudit;

/** The legal rate tables, one row per half-year, each change in the audit journal with its reason. */
@Repository
@Transactional
class TablesDeTauxJdbc implements TablesDeTaux {

    private final JdbcClient jdbc;
    private final JournalAudit journal;

    TablesDeTauxJdbc(JdbcClient jdbc, JournalAudit journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    @Override
    @Transactional(readOnly = true)
    public TableDeTaux table(TableDeTaux.Nature nature) {
        List<LigneDeTaux> lignes = nature == TableDeTaux.Nature.INTERET_LEGAL
                ? jdbc.sql("select * from taux_interet_legal order by debut").query((rs, n) -> ligne(rs,
                        List.of(rs.getBigDecimal("taux_particulier"), rs.getBigDecimal("taux_autres_cas")))).list()
                : jdbc.sql("select * from taux_refinancement_bce order by debut").query((rs, n) -> ligne(rs,
                        List.of(rs.getBigDecimal("taux")))).list();
        return new TableDeTaux(nature, lignes);
    }

    @Override
    public void enregistrer(TableDeTaux.Nature nature, LigneDeTaux ligne, Optional<String> motif, UtilisateurId auteur,
                            String nomDeLAuteur) {
        String table = nature == TableDeTaux.Nature.INTERET_LEGAL ? "taux_interet_legal" : "taux_refinancement_bce";
        LocalDate debut = ligne.semestre().debut();
        String avant = jdbc.sql("select to_jsonb(t)::text from " + table + " t where debut = :debut")
                .param("debut", debut).query(String.class).optional().orElse(null);
        if (nature == TableDeTaux.Nature.INTERET_LEGAL) {
            jdbc.sql("""
                    insert into taux_interet_legal (debut, fin, taux_particulier, taux_autres_cas, source, publie_le, confirme)
                    values (:debut, :fin, :a, :b, :source, :publie, :confirme)
                    on conflict (debut) do update set taux_particulier = excluded.taux_particulier,
                        taux_autres_cas = excluded.taux_autres_cas, source = excluded.source,
                        publie_le = excluded.publie_le, confirme = excluded.confirme
                    """).param("a", ligne.taux().get(0)).param("b", ligne.taux().get(1))
                    .param("debut", debut).param("fin", ligne.semestre().fin()).param("source", ligne.source())
                    .param("publie", ligne.publieLe().orElse(null)).param("confirme", ligne.confirme()).update();
        } else {
            jdbc.sql("""
                    insert into taux_refinancement_bce (debut, fin, taux, source, publie_le, confirme)
                    values (:debut, :fin, :a, :source, :publie, :confirme)
                    on conflict (debut) do update set taux = excluded.taux, source = excluded.source,
                        publie_le = excluded.publie_le, confirme = excluded.confirme
                    """).param("a", ligne.taux().get(0))
                    .param("debut", debut).param("fin", ligne.semestre().fin()).param("source", ligne.source())
                    .param("publie", ligne.publieLe().orElse(null)).param("confirme", ligne.confirme()).update();
        }
        String apres = jdbc.sql("select (to_jsonb(t) || jsonb_build_object('motif', cast(:motif as text)))::text from "
                        + table + " t where debut = :debut")
                .param("debut", debut).param("motif", motif.orElse(null)).query(String.class).single();
        journal.journaliser(new Auteur(auteur, nomDeLAuteur), table, debut.toString(),
                avant == null ? "AJOUT" : "CORRECTION", avant, apres);
    }

    private static LigneDeTaux ligne(ResultSet rs, List<BigDecimal> taux) throws SQLException {
        return new LigneDeTaux(Semestre.contenant(rs.getObject("debut", LocalDate.class)),
                taux.stream().map(BigDecimal::stripTrailingZeros).toList(), rs.getString("source"),
                Optional.ofNullable(rs.getObject("publie_le", LocalDate.class)), rs.getBoolean("confirme"));
    }
}
