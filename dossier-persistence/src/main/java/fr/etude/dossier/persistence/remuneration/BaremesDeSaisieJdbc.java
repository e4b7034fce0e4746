package fr.etude.dossier.persistence.remuneration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.remuneration.BaremeDeSaisie;
import fr.etude.dossier.core.remuneration.BaremesDeSaisie;
import fr.etude.dossier.core.remuneration.Fraction;
import fr.etude.dossier.core.remuneration.TableDesBaremesDeSaisie;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.persistence.audit.JournalAudit;

/** The yearly scales of the saisie des rémunérations, read at each use, each change in the audit journal. */
@Repository
@Transactional
class BaremesDeSaisieJdbc implements BaremesDeSaisie {

    private static final int SEUILS = 6;

    private final JdbcClient jdbc;
    private final JournalAudit journal;

    BaremesDeSaisieJdbc(JdbcClient jdbc, JournalAudit journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    @Override
    @Transactional(readOnly = true)
    public TableDesBaremesDeSaisie table() {
        return new TableDesBaremesDeSaisie(jdbc.sql("select * from bareme_saisie_remuneration order by annee")
                .query((rs, n) -> {
                    List<Montant> seuils = new java.util.ArrayList<>();
                    for (int i = 1; i <= SEUILS; i++) {
                        seuils.add(Montant.of(rs.getBigDecimal("seuil_" + i)));
                    }
                    return new BaremeDeSaisie(rs.getInt("annee"), seuils, Fraction.lire(rs.getString("fractions")),
                            Montant.of(rs.getBigDecimal("par_personne_a_charge")), rs.getString("source"),
                            Optional.ofNullable(rs.getObject("publie_le", LocalDate.class)), rs.getBoolean("confirme"));
                }).list());
    }

    @Override
    public void enregistrer(BaremeDeSaisie bareme, Optional<String> motif, UtilisateurId auteur, String nomDeLAuteur) {
        if (bareme.seuils().size() != SEUILS) {
            throw new IllegalArgumentException("Le barème de l'art. R3252-2 C. trav. compte " + SEUILS + " seuils.");
        }
        String avant = etat(bareme.annee(), Optional.empty()).orElse(null);
        jdbc.sql("""
                insert into bareme_saisie_remuneration (annee, seuil_1, seuil_2, seuil_3, seuil_4, seuil_5, seuil_6, fractions,
                                                        par_personne_a_charge, source, publie_le, confirme)
                values (:annee, :s1, :s2, :s3, :s4, :s5, :s6, :fractions, :parPersonne, :source, :publie, :confirme)
                on conflict (annee) do update set seuil_1 = excluded.seuil_1, seuil_2 = excluded.seuil_2,
                    seuil_3 = excluded.seuil_3, seuil_4 = excluded.seuil_4, seuil_5 = excluded.seuil_5,
                    seuil_6 = excluded.seuil_6, fractions = excluded.fractions,
                    par_personne_a_charge = excluded.par_personne_a_charge, source = excluded.source,
                    publie_le = excluded.publie_le, confirme = excluded.confirme
                """).param("annee", bareme.annee())
                .param("s1", bareme.seuils().get(0).valeur()).param("s2", bareme.seuils().get(1).valeur())
                .param("s3", bareme.seuils().get(2).valeur()).param("s4", bareme.seuils().get(3).valeur())
                .param("s5", bareme.seuils().get(4).valeur()).param("s6", bareme.seuils().get(5).valeur())
                .param("fractions", String.join(";", bareme.fractions().stream().map(Fraction::toString).toList()))
                .param("parPersonne", bareme.parPersonneACharge().valeur()).param("source", bareme.source())
                .param("publie", bareme.publieLe().orElse(null)).param("confirme", bareme.confirme()).update();
        journal.journaliser(new Auteur(auteur, nomDeLAuteur), "bareme_saisie_remuneration", String.valueOf(bareme.annee()),
                avant == null ? "AJOUT" : "CORRECTION", avant, etat(bareme.annee(), motif).orElseThrow());
    }

    private Optional<String> etat(int annee, Optional<String> motif) {
        return jdbc.sql("""
                select (to_jsonb(b) || jsonb_strip_nulls(jsonb_build_object('motif', cast(:motif as text))))::text
                  from bareme_saisie_remuneration b where annee = :annee
                """).param("annee", annee).param("motif", motif.orElse(null)).query(String.class).optional();
    }
}
