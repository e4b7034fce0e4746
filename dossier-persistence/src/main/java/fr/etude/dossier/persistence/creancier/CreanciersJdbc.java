package fr.etude.dossier.persistence.creancier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creancier.CategorieCreancier;
import fr.etude.dossier.core.creancier.ConditionsDeRecouvrement;
import fr.etude.dossier.core.creancier.Creancier;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.creancier.Creanciers;
import fr.etude.dossier.core.creancier.Mandat;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.identite.Siren;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.persistence.audit.JournalAudit;

/** The créanciers and their current mandate (the latest signed), each change audited. */
@Repository
@Transactional(readOnly = true)
class CreanciersJdbc implements Creanciers {

    private static final String LECTURE = """
            select c.*, m.reference as mandat_reference, m.signe_le, m.expire_le, m.objet as mandat_objet,
                   (select count(*) from dossier d where d.creancier_id = c.id) as dossiers
              from creancier c
              left join lateral (select * from mandat m where m.creancier_id = c.id order by m.signe_le desc, m.id limit 1) m
                on true
            """;

    private final JdbcClient jdbc;
    private final JournalAudit journal;

    CreanciersJdbc(JdbcClient jdbc, JournalAudit journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    @Override
    public List<CreancierEnregistre> tous() {
        return jdbc.sql(LECTURE + " order by c.raison_sociale, c.id").query((rs, n) -> enregistre(rs)).list();
    }

    @Override
    public Optional<CreancierEnregistre> parId(CreancierId id) {
        return jdbc.sql(LECTURE + " where c.id = :id").param("id", id.value()).query((rs, n) -> enregistre(rs)).optional();
    }

    @Override
    public ConditionsDeRecouvrement conditions(CreancierId id) {
        return jdbc.sql("select * from creancier where id = :id").param("id", id.value()).query((rs, n) -> conditions(rs))
                .optional().orElse(ConditionsDeRecouvrement.PAR_DEFAUT);
    }

    @Override
    @Transactional
    public void ajouter(Creancier creancier, UUID auteur, String nomDeLAuteur) {
        jdbc.sql("""
                insert into creancier (id, raison_sociale, siren, particulier, email, penalites_de_retard, indemnite_forfaitaire,
                                       echeancier_duree_max_mois, echeance_minimale)
                values (:id, :nom, :siren, :particulier, :email, :penalites, :indemnite, :duree, :minimum)
                """).params(colonnes(creancier)).update();
        jdbc.sql("insert into mandat (id, creancier_id, reference, signe_le, expire_le, objet) "
                        + "values (:mandat, :id, :reference, :signeLe, :expireLe, :objet)")
                .params(colonnes(creancier)).param("mandat", UUID.randomUUID()).update();
        journal.journaliser(new Auteur(new UtilisateurId(auteur), nomDeLAuteur), "creancier", creancier.id().value().toString(), "CREATION",
                null, etat(creancier.id()));
    }

    @Override
    @Transactional
    public void modifier(Creancier creancier, long versionLue, UUID auteur, String nomDeLAuteur) {
        String avant = etat(creancier.id());
        int modifies = jdbc.sql("""
                update creancier set raison_sociale = :nom, siren = :siren, particulier = :particulier, email = :email,
                       penalites_de_retard = :penalites, indemnite_forfaitaire = :indemnite,
                       echeancier_duree_max_mois = :duree, echeance_minimale = :minimum, version = version + 1
                 where id = :id and version = :version
                """).params(colonnes(creancier)).param("version", versionLue).update();
        if (modifies == 0) {
            throw new ObjectOptimisticLockingFailureException("creancier", creancier.id().value());
        }
        // The current mandate is corrected in place; a new one (another reference) is added beside it.
        int corriges = jdbc.sql("update mandat set signe_le = :signeLe, expire_le = :expireLe, objet = :objet "
                        + "where creancier_id = :id and reference = :reference")
                .params(colonnes(creancier)).update();
        if (corriges == 0) {
            jdbc.sql("insert into mandat (id, creancier_id, reference, signe_le, expire_le, objet) "
                            + "values (:mandat, :id, :reference, :signeLe, :expireLe, :objet)")
                    .params(colonnes(creancier)).param("mandat", UUID.randomUUID()).update();
        }
        journal.journaliser(new Auteur(new UtilisateurId(auteur), nomDeLAuteur), "creancier", creancier.id().value().toString(), "MODIFICATION",
                avant, etat(creancier.id()));
    }

    private static java.util.Map<String, Object> colonnes(Creancier creancier) {
        java.util.Map<String, Object> colonnes = new java.util.HashMap<>();
        colonnes.put("id", creancier.id().value());
        colonnes.put("nom", creancier.raisonSociale());
        colonnes.put("siren", creancier.siren().map(Siren::valeur).orElse(null));
        colonnes.put("particulier", creancier.categorie() == CategorieCreancier.PARTICULIER);
        colonnes.put("email", creancier.email().map(Email::valeur).orElse(null));
        colonnes.put("penalites", creancier.conditions().penalitesDeRetard());
        colonnes.put("indemnite", creancier.conditions().indemniteForfaitaire());
        colonnes.put("duree", creancier.conditions().dureeMaxEcheancierMois());
        colonnes.put("minimum", creancier.conditions().echeanceMinimale().valeur());
        Mandat mandat = creancier.mandat().orElseThrow(() -> new IllegalArgumentException("Un créancier s'enregistre avec son mandat."));
        colonnes.put("reference", mandat.reference());
        colonnes.put("signeLe", mandat.signeLe());
        colonnes.put("expireLe", mandat.expireLe().orElse(null));
        colonnes.put("objet", mandat.objet().orElse(null));
        return colonnes;
    }

    private String etat(CreancierId id) {
        return jdbc.sql("""
                select (to_jsonb(c) || jsonb_build_object('mandats', (select coalesce(jsonb_agg(to_jsonb(m) order by m.signe_le), '[]')
                          from mandat m where m.creancier_id = c.id)))::text
                  from creancier c where c.id = :id
                """).param("id", id.value()).query(String.class).single();
    }

    private static CreancierEnregistre enregistre(ResultSet rs) throws SQLException {
        String reference = rs.getString("mandat_reference");
        Optional<Mandat> mandat = reference == null ? Optional.empty()
                : Optional.of(new Mandat(reference, rs.getObject("signe_le", LocalDate.class),
                        Optional.ofNullable(rs.getObject("expire_le", LocalDate.class)),
                        Optional.ofNullable(rs.getString("mandat_objet"))));
        Creancier creancier = new Creancier(new CreancierId(rs.getObject("id", UUID.class)), rs.getString("raison_sociale"),
                Optional.ofNullable(rs.getString("siren")).map(Siren::new),
                rs.getBoolean("particulier") ? CategorieCreancier.PARTICULIER : CategorieCreancier.AUTRES_CAS,
                Optional.ofNullable(rs.getString("email")).map(Email::new), mandat, conditions(rs));
        return new CreancierEnregistre(creancier, rs.getLong("version"), rs.getLong("dossiers"));
    }

    private static ConditionsDeRecouvrement conditions(ResultSet rs) throws SQLException {
        return new ConditionsDeRecouvrement(rs.getBoolean("penalites_de_retard"), rs.getBoolean("indemnite_forfaitaire"),
                rs.getInt("echeancier_duree_max_mois"), Montant.of(rs.getBigDecimal("echeance_minimale")));
    }
}
