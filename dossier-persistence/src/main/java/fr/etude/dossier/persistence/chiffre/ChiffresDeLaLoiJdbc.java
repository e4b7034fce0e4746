package fr.etude.dossier.persistence.chiffre;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.chiffre.ChiffreDeLaLoi;
import fr.etude.dossier.core.chiffre.ChiffresDeLaLoi;
import fr.etude.dossier.core.chiffre.LigneDeChiffre;
import fr.etude.dossier.core.chiffre.TableDuChiffre;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.persistence.audit.JournalAudit;

/** The dated figures of the law, read at each use (no cache), each change in the audit journal with its reason. */
@Repository
@Transactional
class ChiffresDeLaLoiJdbc implements ChiffresDeLaLoi {

    private final JdbcClient jdbc;
    private final JournalAudit journal;

    ChiffresDeLaLoiJdbc(JdbcClient jdbc, JournalAudit journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    @Override
    @Transactional(readOnly = true)
    public TableDuChiffre table(ChiffreDeLaLoi chiffre) {
        return new TableDuChiffre(chiffre, jdbc.sql("select * from chiffre_de_la_loi where chiffre = :chiffre order by debut")
                .param("chiffre", chiffre.name())
                .query((rs, n) -> new LigneDeChiffre(chiffre, rs.getObject("debut", LocalDate.class),
                        chiffre.unite() == ChiffreDeLaLoi.Unite.MONTANT ? rs.getBigDecimal("valeur")
                                : rs.getBigDecimal("valeur").stripTrailingZeros().setScale(0),
                        rs.getString("source"), Optional.ofNullable(rs.getObject("publie_le", LocalDate.class)),
                        rs.getBoolean("confirme"))).list());
    }

    @Override
    public void enregistrer(LigneDeChiffre ligne, Optional<String> motif, UtilisateurId auteur, String nomDeLAuteur) {
        String avant = etat(ligne, Optional.empty()).orElse(null);
        jdbc.sql("""
                insert into chiffre_de_la_loi (chiffre, debut, valeur, source, publie_le, confirme)
                values (:chiffre, :debut, :valeur, :source, :publie, :confirme)
                on conflict (chiffre, debut) do update set valeur = excluded.valeur, source = excluded.source,
                    publie_le = excluded.publie_le, confirme = excluded.confirme
                """).param("chiffre", ligne.chiffre().name()).param("debut", ligne.debut()).param("valeur", ligne.valeur())
                .param("source", ligne.source()).param("publie", ligne.publieLe().orElse(null))
                .param("confirme", ligne.confirme()).update();
        journal.journaliser(new Auteur(auteur, nomDeLAuteur), "chiffre_de_la_loi", ligne.chiffre().name() + " " + ligne.debut(),
                avant == null ? "AJOUT" : "CORRECTION", avant, etat(ligne, motif).orElseThrow());
    }

    private Optional<String> etat(LigneDeChiffre ligne, Optional<String> motif) {
        return jdbc.sql("""
                select (to_jsonb(c) || jsonb_strip_nulls(jsonb_build_object('motif', cast(:motif as text))))::text
                  from chiffre_de_la_loi c where chiffre = :chiffre and debut = :debut
                """).param("chiffre", ligne.chiffre().name()).param("debut", ligne.debut())
                .param("motif", motif.orElse(null)).query(String.class).optional();
    }
}
