package fr.etude.dossier.persistence.transmission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.transmission.Imports;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

@Repository
@Transactional(readOnly = true)
class ImportsJdbc implements Imports {

    private static final String SUIVI = """
            select id, nom_fichier, depose_le, depose_par_nom, mode, etat, phase, faites, a_faire, encodage, lignes, crees,
                   deja_transmis, refusees, echec, termine_le
              from import_de_dossiers
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate lots;

    ImportsJdbc(JdbcClient jdbc, JdbcTemplate lots) {
        this.jdbc = jdbc;
        this.lots = lots;
    }

    @Override
    @Transactional
    public UUID deposer(Depot depot) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into import_de_dossiers (id, creancier_id, depose_par, depose_par_nom, depose_le, nom_fichier, contenu, mode)
                values (:id, :creancier, :par, :nom, :le, :fichier, :contenu, :mode)
                """).param("id", id).param("creancier", depot.creancier().value()).param("par", depot.auteur().id().value())
                .param("nom", depot.auteur().nom()).param("le", Timestamp.from(depot.le())).param("fichier", depot.nomFichier())
                .param("contenu", depot.contenu()).param("mode", depot.mode().name()).update();
        return id;
    }

    @Override
    public Optional<Suivi> duCreancier(CreancierId creancier, UUID id) {
        return jdbc.sql(SUIVI + " where id = :id and creancier_id = :creancier").param("id", id)
                .param("creancier", creancier.value()).query((rs, n) -> suivi(rs)).optional();
    }

    @Override
    public List<Suivi> recents(CreancierId creancier, int limite) {
        return jdbc.sql(SUIVI + " where creancier_id = :creancier order by depose_le desc, id limit :limite")
                .param("creancier", creancier.value()).param("limite", limite).query((rs, n) -> suivi(rs)).list();
    }

    @Override
    public List<Anomalie> anomalies(UUID id, int limite) {
        return jdbc.sql("select ligne, colonne, message from import_anomalie where import_id = :id order by ligne limit :limite")
                .param("id", id).param("limite", limite)
                .query((rs, n) -> new Anomalie(rs.getInt("ligne"), Optional.ofNullable(rs.getString("colonne")),
                        rs.getString("message"))).list();
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<AFaire> prendre(Instant maintenant, Instant perimeAvant) {
        return jdbc.sql("""
                update import_de_dossiers set etat = 'EN_COURS', battement = :maintenant, phase = null, faites = 0, a_faire = 0
                 where id = (select id from import_de_dossiers
                              where etat = 'EN_ATTENTE' or (etat = 'EN_COURS' and battement < :perime)
                              order by depose_le limit 1 for update skip locked)
                returning id, creancier_id, depose_par, depose_par_nom, contenu, mode
                """).param("maintenant", Timestamp.from(maintenant)).param("perime", Timestamp.from(perimeAvant))
                .query((rs, n) -> new AFaire(rs.getObject("id", UUID.class), new CreancierId(rs.getObject("creancier_id", UUID.class)),
                        new Auteur(new UtilisateurId(rs.getObject("depose_par", UUID.class)), rs.getString("depose_par_nom")),
                        rs.getBytes("contenu"), Mode.valueOf(rs.getString("mode")))).optional();
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void avancer(UUID id, Phase phase, int faites, int aFaire, Instant maintenant) {
        jdbc.sql("""
                update import_de_dossiers set phase = :phase, faites = :faites, a_faire = :aFaire, battement = :maintenant
                 where id = :id and etat = 'EN_COURS'
                """).param("phase", phase.name()).param("faites", faites).param("aFaire", aFaire)
                .param("maintenant", Timestamp.from(maintenant)).param("id", id).update();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void conclure(UUID id, Bilan bilan, List<Anomalie> anomalies, Instant maintenant) {
        jdbc.sql("""
                update import_de_dossiers set etat = :etat, phase = null, encodage = :encodage, lignes = :lignes, crees = :crees,
                       deja_transmis = :deja, refusees = :refusees, termine_le = :maintenant, battement = :maintenant
                 where id = :id
                """).param("etat", bilan.etat().name()).param("encodage", bilan.encodage()).param("lignes", bilan.lignes())
                .param("crees", bilan.crees()).param("deja", bilan.dejaTransmis()).param("refusees", bilan.refusees())
                .param("maintenant", Timestamp.from(maintenant)).param("id", id).update();
        lots.batchUpdate("insert into import_anomalie (import_id, ligne, colonne, message) values (?, ?, ?, ?)", anomalies,
                1_000, (instruction, anomalie) -> {
                    instruction.setObject(1, id);
                    instruction.setInt(2, anomalie.ligne());
                    instruction.setString(3, anomalie.colonne().orElse(null));
                    instruction.setString(4, anomalie.message().length() > 500 ? anomalie.message().substring(0, 500)
                            : anomalie.message());
                });
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void echouer(UUID id, String message, Instant maintenant) {
        jdbc.sql("""
                update import_de_dossiers set etat = 'ECHOUE', phase = null, echec = :message, termine_le = :maintenant
                 where id = :id
                """).param("message", message).param("maintenant", Timestamp.from(maintenant)).param("id", id).update();
    }

    private static Suivi suivi(ResultSet rs) throws SQLException {
        Timestamp termine = rs.getTimestamp("termine_le");
        return new Suivi(rs.getObject("id", UUID.class), rs.getString("nom_fichier"), rs.getTimestamp("depose_le").toInstant(),
                rs.getString("depose_par_nom"), Mode.valueOf(rs.getString("mode")), Etat.valueOf(rs.getString("etat")),
                Optional.ofNullable(rs.getString("phase")).map(Phase::valueOf), rs.getInt("faites"), rs.getInt("a_faire"),
                Optional.ofNullable(rs.getString("encodage")), rs.getInt("lignes"), rs.getInt("crees"),
                rs.getInt("deja_transmis"), rs.getInt("refusees"), Optional.ofNullable(rs.getString("echec")),
                Optional.ofNullable(termine).map(Timestamp::toInstant));
    }
}
