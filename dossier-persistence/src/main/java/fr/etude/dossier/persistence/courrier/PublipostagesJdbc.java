package fr.etude.dossier.persistence.courrier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.courrier.ModeleDeCourrier;
import fr.etude.dossier.core.courrier.Publipostages;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.ProchaineAction;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

@Repository
@Transactional(readOnly = true)
class PublipostagesJdbc implements Publipostages {

    private static final String AVEC_AVANCEMENT = """
            select p.*, a.total, a.produits, a.echecs
              from publipostage p
              cross join lateral (
                  select count(*) as total, count(*) filter (where statut = 'PRODUIT') as produits,
                         count(*) filter (where statut = 'ECHEC') as echecs
                    from publipostage_ligne l where l.publipostage_id = p.id
              ) a
            """;

    private final JdbcClient jdbc;

    PublipostagesJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DossierId> selection(UtilisateurId clerc, ProchaineAction.Type action, LocalDate au, int limite) {
        return jdbc.sql("""
                select id from dossier
                 where gestionnaire_id = :clerc and statut = 'OUVERT' and prochaine_action = :action
                   and prochaine_action_le <= :au
                 order by prochaine_action_le, reference limit :limite
                """).param("clerc", clerc.value()).param("action", action.name()).param("au", au).param("limite", limite)
                .query((rs, n) -> new DossierId(rs.getObject("id", UUID.class))).list();
    }

    @Override
    @Transactional
    public UUID creer(ModeleDeCourrier modele, String critere, List<DossierId> dossiers, UtilisateurId auteurId, String auteur,
                      Instant creeLe) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into publipostage (id, modele, critere, auteur_id, auteur, cree_le)
                values (:id, :modele, :critere, :auteurId, :auteur, :creeLe)
                """).param("id", id).param("modele", modele.name()).param("critere", critere)
                .param("auteurId", auteurId.value()).param("auteur", auteur).param("creeLe", creeLe.atOffset(ZoneOffset.UTC))
                .update();
        jdbc.sql("""
                insert into publipostage_ligne (publipostage_id, rang, dossier_id)
                select :id, rang, dossier from unnest(cast(:dossiers as uuid[])) with ordinality as d(dossier, rang)
                """).param("id", id).param("dossiers", dossiers.stream().map(DossierId::value).toArray(UUID[]::new)).update();
        return id;
    }

    @Override
    public Optional<Publipostage> parId(UUID id) {
        return jdbc.sql(AVEC_AVANCEMENT + " where p.id = :id").param("id", id).query((rs, n) -> publipostage(rs)).optional();
    }

    @Override
    public List<Publipostage> de(UtilisateurId auteur, int limite) {
        return jdbc.sql(AVEC_AVANCEMENT + " where p.auteur_id = :auteur order by p.cree_le desc limit :limite")
                .param("auteur", auteur.value()).param("limite", limite).query((rs, n) -> publipostage(rs)).list();
    }

    @Override
    @Transactional
    public Optional<Ligne> prochaineATraiter() {
        return jdbc.sql("""
                select l.publipostage_id, l.dossier_id, d.reference, l.courrier_id, l.erreur
                  from publipostage_ligne l join dossier d on d.id = l.dossier_id
                 where l.statut = 'A_FAIRE'
                 order by l.publipostage_id, l.rang limit 1 for update of l skip locked
                """).query((rs, n) -> ligne(rs)).optional();
    }

    @Override
    @Transactional
    public void produite(Ligne ligne, UUID courrier) {
        jdbc.sql("update publipostage_ligne set statut = 'PRODUIT', courrier_id = :courrier, erreur = null "
                        + "where publipostage_id = :publipostage and dossier_id = :dossier and statut = 'A_FAIRE'")
                .param("courrier", courrier).param("publipostage", ligne.publipostage()).param("dossier", ligne.dossier().value())
                .update();
    }

    @Override
    @Transactional
    public void echouee(Ligne ligne, String erreur) {
        jdbc.sql("update publipostage_ligne set statut = 'ECHEC', erreur = :erreur "
                        + "where publipostage_id = :publipostage and dossier_id = :dossier and statut = 'A_FAIRE'")
                .param("erreur", erreur.length() <= 1000 ? erreur : erreur.substring(0, 1000))
                .param("publipostage", ligne.publipostage()).param("dossier", ligne.dossier().value()).update();
    }

    @Override
    public List<Ligne> lignes(UUID publipostage) {
        return jdbc.sql("""
                select l.publipostage_id, l.dossier_id, d.reference, l.courrier_id, l.erreur
                  from publipostage_ligne l join dossier d on d.id = l.dossier_id
                 where l.publipostage_id = :id and l.statut <> 'A_FAIRE' order by l.rang
                """).param("id", publipostage).query((rs, n) -> ligne(rs)).list();
    }

    private static Publipostage publipostage(ResultSet rs) throws SQLException {
        return new Publipostage(rs.getObject("id", UUID.class), ModeleDeCourrier.valueOf(rs.getString("modele")),
                rs.getString("auteur"), new UtilisateurId(rs.getObject("auteur_id", UUID.class)),
                rs.getObject("cree_le", OffsetDateTime.class).toInstant(), rs.getString("critere"),
                new Avancement(rs.getInt("total"), rs.getInt("produits"), rs.getInt("echecs")));
    }

    private static Ligne ligne(ResultSet rs) throws SQLException {
        return new Ligne(rs.getObject("publipostage_id", UUID.class), new DossierId(rs.getObject("dossier_id", UUID.class)),
                rs.getString("reference"), Optional.ofNullable(rs.getObject("courrier_id", UUID.class)),
                Optional.ofNullable(rs.getString("erreur")));
    }
}
