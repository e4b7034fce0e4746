package fr.etude.dossier.persistence.paiement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.CreanceId;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.paiement.ModePaiement;
import fr.etude.dossier.core.paiement.Paiement;
import fr.etude.dossier.core.dossier.Paiements;

/**
 * Reads payments, by SQL: every dossier page lists them, and an entity manager's query cost more than
 * the rows. They are written with their dossier (DossiersAdapter).
 */
@Repository
@Transactional(readOnly = true)
class PaiementsAdapter implements Paiements {

    private final JdbcClient jdbc;

    PaiementsAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Paiement> duDossier(DossierId dossier) {
        return jdbc.sql("""
                select id, date_paiement, montant, mode, reference, designation_creance_id, trop_percu, contrepasse_le,
                       motif_contrepassation
                  from paiement where dossier_id = ? order by date_paiement, enregistre_le
                """).param(dossier.value()).query((ligne, rang) -> paiement(ligne)).list();
    }

    @Override
    public Optional<DossierId> dossierDe(UUID paiement) {
        return jdbc.sql("select dossier_id from paiement where id = ?").param(paiement)
                .query((ligne, rang) -> new DossierId(ligne.getObject("dossier_id", UUID.class))).optional();
    }

    private static Paiement paiement(ResultSet ligne) throws SQLException {
        String motifDeContrepassation = ligne.getString("motif_contrepassation");
        return new Paiement(ligne.getObject("id", UUID.class), ligne.getObject("date_paiement", LocalDate.class),
                Montant.of(ligne.getBigDecimal("montant")), ModePaiement.valueOf(ligne.getString("mode")),
                ligne.getString("reference"),
                Optional.ofNullable(ligne.getObject("designation_creance_id", UUID.class)).map(CreanceId::new),
                Montant.of(ligne.getBigDecimal("trop_percu")),
                Optional.ofNullable(ligne.getObject("contrepasse_le", LocalDate.class))
                        .map(date -> new Paiement.Contrepassation(date, motifDeContrepassation)));
    }
}
