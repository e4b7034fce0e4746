package fr.etude.dossier.persistence.courrier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.courrier.CourrierProduit;
import fr.etude.dossier.core.courrier.Courriers;
import fr.etude.dossier.core.courrier.ModeleDeCourrier;
import fr.etude.dossier.core.decompte.Taux;
import fr.etude.dossier.core.dossier.DossierId;

/**
 * The letters produced, in table courrier. The rate-table rows a letter's décompte read are kept as
 * JSON for whoever reproduces it; they are written, not read back.
 */
@Repository
@Transactional(readOnly = true)
class CourriersJdbc implements Courriers {

    private final JdbcClient jdbc;

    CourriersJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void enregistrer(CourrierProduit courrier) {
        jdbc.sql("""
                insert into courrier (id, dossier_id, modele, version_du_modele, date_du_courrier, reference, destinataire,
                                      document_id, sha256, auteur, produit_le, taux_du_bareme)
                values (:id, :dossier, :modele, :version, :date, :reference, :destinataire, :document, :sha256, :auteur,
                        :produitLe, cast(:taux as jsonb))
                """).param("id", courrier.id()).param("dossier", courrier.dossier().value())
                .param("modele", courrier.modele().name()).param("version", courrier.versionDuModele())
                .param("date", courrier.date()).param("reference", courrier.reference())
                .param("destinataire", courrier.destinataire()).param("document", courrier.document())
                .param("sha256", courrier.sha256()).param("auteur", courrier.auteur())
                .param("produitLe", courrier.produitLe().atOffset(ZoneOffset.UTC))
                .param("taux", json(courrier.tauxDuBareme())).update();
    }

    @Override
    public Optional<CourrierProduit> parId(UUID id) {
        return jdbc.sql("select * from courrier where id = :id").param("id", id).query((rs, n) -> courrier(rs)).optional();
    }

    @Override
    public List<CourrierProduit> duDossier(DossierId dossier) {
        return jdbc.sql("select * from courrier where dossier_id = :dossier order by produit_le desc, reference desc")
                .param("dossier", dossier.value()).query((rs, n) -> courrier(rs)).list();
    }

    @Override
    public Optional<CourrierProduit> premierAuDebiteur(DossierId dossier) {
        List<String> auDebiteur = java.util.Arrays.stream(ModeleDeCourrier.values())
                .filter(modele -> modele.destinataire() == ModeleDeCourrier.Destinataire.DEBITEUR).map(Enum::name).toList();
        return jdbc.sql("""
                select * from courrier where dossier_id = :dossier and modele in (:modeles)
                 order by produit_le, reference limit 1
                """).param("dossier", dossier.value()).param("modeles", auDebiteur).query((rs, n) -> courrier(rs)).optional();
    }

    private static CourrierProduit courrier(ResultSet rs) throws SQLException {
        return new CourrierProduit(rs.getObject("id", UUID.class), new DossierId(rs.getObject("dossier_id", UUID.class)),
                ModeleDeCourrier.valueOf(rs.getString("modele")), rs.getInt("version_du_modele"),
                rs.getObject("date_du_courrier", LocalDate.class), rs.getString("reference"), rs.getString("destinataire"),
                rs.getObject("document_id", UUID.class), rs.getString("sha256"), rs.getString("auteur"),
                rs.getObject("produit_le", OffsetDateTime.class).toInstant(), List.of());
    }

    /** [{"table": "taux_interet_legal", "debut": "2026-07-01", "taux": "4", "a_confirmer": false}, …] */
    private static String json(List<Taux> taux) {
        return taux.stream().map(CourriersJdbc::objet).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    private static String objet(Taux taux) {
        String table;
        LocalDate debut;
        if (taux.source() instanceof Taux.Source.InteretLegal legal) {
            table = "taux_interet_legal";
            debut = legal.semestre().debut();
        } else if (taux.source() instanceof Taux.Source.PenalitesBce bce) {
            table = "taux_refinancement_bce";
            debut = bce.semestre().debut();
        } else {
            return null;
        }
        return "{\"table\": \"" + table + "\", \"debut\": \"" + debut + "\", \"taux\": \""
                + taux.pourcentage().toPlainString() + "\", \"a_confirmer\": " + taux.aConfirmer() + "}";
    }
}
