package fr.etude.dossier.persistence.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.document.Document;
import fr.etude.dossier.core.document.Documents;
import fr.etude.dossier.core.document.NouveauDocument;
import fr.etude.dossier.core.document.TypeDeDocument;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.persistence.audit.JournalAudit;

@Repository
@Transactional
class DocumentsJdbc implements Documents {

    private static final String DESCRIPTION =
            "select id, nom, type, taille, depose_le, depose_par, visible_du_creancier from document";

    private final JdbcClient jdbc;
    private final JournalAudit journal;

    DocumentsJdbc(JdbcClient jdbc, JournalAudit journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    @Override
    public Document deposer(DossierId dossier, NouveauDocument document, Auteur auteur) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into document (id, dossier_id, nom, type, taille, contenu, depose_par, visible_du_creancier)
                values (:id, :dossier, :nom, :type, :taille, :contenu, :par, :visible)
                """)
                .param("id", id).param("dossier", dossier.value()).param("nom", document.nom())
                .param("type", document.type().name()).param("taille", (long) document.contenu().length)
                .param("contenu", document.contenu()).param("par", auteur.nom()).param("visible", document.visibleDuCreancier())
                .update();
        // The journal keeps the description, not the bytes.
        journal.journaliser(auteur, "document", id.toString(), "DOCUMENT_DEPOSE", null,
                jdbc.sql("select to_jsonb(d) - 'contenu' from document d where id = :id").param("id", id)
                        .query(String.class).single());
        return jdbc.sql(DESCRIPTION + " where id = :id").param("id", id).query(DocumentsJdbc::document).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Document> duDossier(DossierId dossier) {
        return jdbc.sql(DESCRIPTION + " where dossier_id = :dossier order by depose_le desc")
                .param("dossier", dossier.value()).query(DocumentsJdbc::document).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Contenu> contenu(DossierId dossier, UUID document) {
        return jdbc.sql(DESCRIPTION.replace(" from document", ", contenu from document")
                        + " where id = :id and dossier_id = :dossier")
                .param("id", document).param("dossier", dossier.value())
                .query((rs, row) -> new Contenu(document(rs, row), rs.getBytes("contenu"))).optional();
    }

    private static Document document(ResultSet rs, int row) throws SQLException {
        return new Document(rs.getObject("id", UUID.class), rs.getString("nom"), TypeDeDocument.valueOf(rs.getString("type")),
                rs.getLong("taille"), rs.getObject("depose_le", OffsetDateTime.class).toInstant(), rs.getString("depose_par"),
                rs.getBoolean("visible_du_creancier"));
    }
}
