package fr.etude.dossier.persistence.courrier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.courrier.Envoi;
import fr.etude.dossier.core.courrier.Envois;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.identite.Email;

@Repository
@Transactional(readOnly = true)
class EnvoisJdbc implements Envois {

    private final JdbcClient jdbc;

    EnvoisJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void mettreEnFile(Envoi envoi) {
        Optional<Envoi.Lettre> lettre = envoi.lettre();
        Optional<Envoi.Texte> texte = envoi.texte();
        jdbc.sql("""
                insert into envoi (id, courrier_id, dossier_id, texte, html, destinataire, objet, statut, tentatives,
                                   prochain_essai, cree_le)
                values (:id, :courrier, :dossier, :texte, :html, :destinataire, :objet, :statut, 0, :essai, :essai)
                """).param("id", envoi.id()).param("courrier", lettre.map(Envoi.Lettre::courrier).orElse(null))
                .param("dossier", lettre.map(l -> l.dossier().value()).orElse(null))
                .param("texte", texte.map(Envoi.Texte::texte).orElse(null))
                .param("html", texte.flatMap(Envoi.Texte::html).orElse(null))
                .param("destinataire", envoi.destinataire().valeur()).param("objet", envoi.objet())
                .param("statut", envoi.statut().name()).param("essai", horodatage(envoi.prochainEssai())).update();
    }

    @Override
    @Transactional
    public List<Envoi> aEnvoyer(Instant maintenant, int limite) {
        return jdbc.sql("""
                select * from envoi where statut = 'A_ENVOYER' and prochain_essai <= :maintenant
                 order by prochain_essai limit :limite for update skip locked
                """).param("maintenant", horodatage(maintenant)).param("limite", limite)
                .query((rs, n) -> envoi(rs)).list();
    }

    @Override
    @Transactional
    public void enregistrer(Envoi envoi) {
        jdbc.sql("""
                update envoi set statut = :statut, tentatives = :tentatives, prochain_essai = :essai,
                       derniere_erreur = :erreur, envoye_le = :envoyeLe
                 where id = :id
                """).param("id", envoi.id()).param("statut", envoi.statut().name()).param("tentatives", envoi.tentatives())
                .param("essai", horodatage(envoi.prochainEssai())).param("erreur", envoi.derniereErreur().orElse(null))
                .param("envoyeLe", envoi.envoyeLe().map(EnvoisJdbc::horodatage).orElse(null)).update();
    }

    @Override
    public List<Envoi> recents(int limite) {
        return jdbc.sql("select * from envoi order by cree_le desc, id limit :limite").param("limite", limite)
                .query((rs, n) -> envoi(rs)).list();
    }

    @Override
    public List<Envoi> duDossier(DossierId dossier) {
        return jdbc.sql("select * from envoi where dossier_id = :dossier order by cree_le desc")
                .param("dossier", dossier.value()).query((rs, n) -> envoi(rs)).list();
    }

    @Override
    public Optional<Envoi> parId(UUID id) {
        return jdbc.sql("select * from envoi where id = :id").param("id", id).query((rs, n) -> envoi(rs)).optional();
    }

    private static Envoi envoi(ResultSet rs) throws SQLException {
        UUID courrier = rs.getObject("courrier_id", UUID.class);
        Envoi.Contenu contenu = courrier != null
                ? new Envoi.Lettre(courrier, new DossierId(rs.getObject("dossier_id", UUID.class)))
                : new Envoi.Texte(rs.getString("texte"), Optional.ofNullable(rs.getString("html")));
        return Envoi.reconstituer(rs.getObject("id", UUID.class), contenu, new Email(rs.getString("destinataire")),
                rs.getString("objet"), Envoi.Statut.valueOf(rs.getString("statut")), rs.getInt("tentatives"),
                rs.getObject("prochain_essai", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getString("derniere_erreur")),
                Optional.ofNullable(rs.getObject("envoye_le", OffsetDateTime.class)).map(OffsetDateTime::toInstant));
    }

    private static OffsetDateTime horodatage(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
