package fr.etude.dossier.persistence.portefeuille;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.portefeuille.TableauDeBord;

/**
 * The dashboard's figures, each one aggregate query filtered on the créancier first (its dossiers through
 * {@code ix_dossier_creancier}, their payments through {@code ix_paiement_dossier}). Payment dates are the
 * office's days already (Paris), so months need no time zone.
 */
@Repository
@Transactional(readOnly = true)
class TableauDeBordJdbc implements TableauDeBord {

    private final JdbcClient jdbc;

    TableauDeBordJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a payment recovers is what {@code Paiement.impute()} says: its amount less its trop-perçu. */
    @Override
    public List<RecouvreDuMois> recouvreParMois(CreancierId creancier, LocalDate du, LocalDate au) {
        return jdbc.sql("""
                select cast(date_trunc('month', cast(p.date_paiement as timestamp)) as date) as mois,
                       sum(p.montant - p.trop_percu) as recouvre, count(*) as paiements
                  from dossier d join paiement p on p.dossier_id = d.id
                 where d.creancier_id = :creancier and p.contrepasse_le is null
                   and p.date_paiement >= :du and p.date_paiement <= :au
                 group by 1 order by 1
                """).param("creancier", creancier.value()).param("du", du).param("au", au)
                .query((rs, n) -> new RecouvreDuMois(rs.getObject("mois", LocalDate.class), Montant.of(rs.getBigDecimal("recouvre")),
                        rs.getLong("paiements")))
                .list();
    }

    /** A dossier without créance (none is opened so) would count from its opening. */
    @Override
    public List<EncoursDuJour> encoursParExigibilite(CreancierId creancier) {
        return jdbc.sql("""
                select coalesce((select min(c.exigibilite) from creance c where c.dossier_id = d.id), d.ouvert_le) as exigibilite,
                       count(*) as dossiers, sum(d.solde) as solde
                  from dossier d
                 where d.creancier_id = :creancier and d.statut <> 'CLOS' and d.solde > 0
                 group by 1 order by 1
                """).param("creancier", creancier.value())
                .query((rs, n) -> new EncoursDuJour(rs.getObject("exigibilite", LocalDate.class), rs.getLong("dossiers"),
                        Montant.of(rs.getBigDecimal("solde"))))
                .list();
    }

    @Override
    public List<DossiersALEtape> parEtape(CreancierId creancier) {
        return jdbc.sql("""
                select etape, count(*) as dossiers, sum(solde) as solde
                  from dossier where creancier_id = :creancier and statut <> 'CLOS'
                 group by etape
                """).param("creancier", creancier.value())
                .query((rs, n) -> new DossiersALEtape(Etape.valueOf(rs.getString("etape")), rs.getLong("dossiers"),
                        Montant.of(rs.getBigDecimal("solde"))))
                .list();
    }

    @Override
    public List<Cohorte> parTrimestreDOuverture(CreancierId creancier, LocalDate depuis) {
        return jdbc.sql("""
                select cast(date_trunc('quarter', cast(ouvert_le as timestamp)) as date) as trimestre,
                       count(*) as dossiers, sum(principal) as principal, sum(recouvre) as recouvre
                  from dossier
                 where creancier_id = :creancier and ouvert_le >= cast(date_trunc('quarter', cast(:depuis as timestamp)) as date)
                 group by 1 order by 1
                """).param("creancier", creancier.value()).param("depuis", depuis)
                .query((rs, n) -> new Cohorte(rs.getObject("trimestre", LocalDate.class), rs.getLong("dossiers"),
                        Montant.of(rs.getBigDecimal("principal")), Montant.of(rs.getBigDecimal("recouvre"))))
                .list();
    }
}
