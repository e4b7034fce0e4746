package fr.etude.dossier.persistence.procedure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.procedure.Acte;
import fr.etude.dossier.core.procedure.Actes;
import fr.etude.dossier.core.procedure.Echeance;
import fr.etude.dossier.core.procedure.NatureDActe;
import fr.etude.dossier.persistence.audit.JournalAudit;

@Repository
@Transactional(readOnly = true)
class ActesJdbc implements Actes {

    private final JdbcClient jdbc;
    private final JournalAudit journal;
    private final Clock horloge;

    /** The application's clock, as the journal takes it; the system's when none is defined. */
    ActesJdbc(JdbcClient jdbc, JournalAudit journal, ObjectProvider<Clock> horloge) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.horloge = horloge.getIfAvailable(Clock::systemUTC);
    }

    @Override
    @Transactional
    public void enregistrer(Acte acte, Auteur auteur) {
        Optional<Echeance> echeance = acte.echeance();
        jdbc.sql("""
                insert into acte (id, dossier_id, nature, fait_le, auteur, precisions, echeance, echeance_type, echeance_objet,
                                  echeance_article, cree_le)
                values (:id, :dossier, :nature, :faitLe, :auteur, :precisions, :echeance, :type, :objet, :article, :creeLe)
                """).param("id", acte.id()).param("creeLe", horloge.instant().atOffset(ZoneOffset.UTC)).param("dossier", acte.dossier().value()).param("nature", acte.nature().name())
                .param("faitLe", acte.faitLe()).param("auteur", acte.auteur()).param("precisions", acte.precisions())
                .param("echeance", echeance.map(Echeance::le).orElse(null))
                .param("type", echeance.map(e -> e.type().name()).orElse(null))
                .param("objet", echeance.map(Echeance::objet).orElse(null))
                .param("article", echeance.map(Echeance::article).orElse(null)).update();
        acte.nature().leve().ifPresent(precedent -> jdbc.sql("""
                update acte set echeance_levee_le = :jour
                 where dossier_id = :dossier and nature = :precedent and echeance_levee_le is null and fait_le <= :faitLe
                """).param("jour", acte.faitLe().toLocalDate()).param("dossier", acte.dossier().value())
                .param("precedent", precedent.name()).param("faitLe", acte.faitLe()).update());
        journal.journaliser(auteur, "acte", acte.id(), "ACTE_ENREGISTRE", null);
    }

    @Override
    public List<Acte> duDossier(DossierId dossier) {
        return jdbc.sql("select * from acte where dossier_id = :dossier order by fait_le desc, cree_le desc")
                .param("dossier", dossier.value()).query((rs, n) -> acte(rs)).list();
    }

    @Override
    public List<EcheanceOuverte> aSurveiller(LocalDate aujourdhui, LocalDate jusquAu, int limite) {
        return jdbc.sql("""
                select a.*, d.reference, coalesce(db.raison_sociale, db.nom || coalesce(' ' || db.prenom, '')) as debiteur
                  from acte a
                  join dossier d on d.id = a.dossier_id
                  join dossier_debiteur dd on dd.dossier_id = d.id and dd.rang = 1
                  join debiteur db on db.id = dd.debiteur_id
                 where a.echeance is not null and a.echeance_levee_le is null and a.echeance <= :jusquAu
                   and (a.echeance_type = 'A_FAIRE_AVANT' or a.echeance >= :aujourdhui)
                   and d.statut <> 'CLOS'
                 order by a.echeance, d.reference limit :limite
                """).param("aujourdhui", aujourdhui).param("jusquAu", jusquAu).param("limite", limite)
                .query((rs, n) -> new EcheanceOuverte(acte(rs), rs.getString("reference"), rs.getString("debiteur"))).list();
    }

    private static Acte acte(ResultSet rs) throws SQLException {
        LocalDate le = rs.getObject("echeance", LocalDate.class);
        Optional<Echeance> echeance = le == null ? Optional.empty() : Optional.of(new Echeance(le,
                NatureDActe.TypeDeDelai.valueOf(rs.getString("echeance_type")), rs.getString("echeance_objet"),
                rs.getString("echeance_article")));
        return new Acte(rs.getObject("id", UUID.class), new DossierId(rs.getObject("dossier_id", UUID.class)),
                NatureDActe.valueOf(rs.getString("nature")), rs.getObject("fait_le", LocalDateTime.class), rs.getString("auteur"),
                rs.getString("precisions"), echeance, Optional.ofNullable(rs.getObject("echeance_levee_le", LocalDate.class)));
    }
}
