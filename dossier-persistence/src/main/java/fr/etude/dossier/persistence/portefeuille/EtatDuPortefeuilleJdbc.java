package fr.etude.dossier.persistence.portefeuille;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.portefeuille.EtatDuPortefeuille;

/** What a payment recovers is its amount less its trop-perçu, as {@code Paiement.impute()} says. */
@Repository
@Transactional(readOnly = true)
class EtatDuPortefeuilleJdbc implements EtatDuPortefeuille {

    private final JdbcClient jdbc;

    EtatDuPortefeuilleJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nombre(CreancierId creancier, LocalDate au) {
        return jdbc.sql("select count(*) from dossier where creancier_id = :creancier and ouvert_le <= :au")
                .param("creancier", creancier.value()).param("au", au).query(Long.class).single();
    }

    @Override
    public List<Ligne> au(CreancierId creancier, LocalDate au, int limite) {
        return jdbc.sql("""
                select d.reference, coalesce(d.reference_creancier, '') as reference_creancier, d.ouvert_le, d.principal,
                       coalesce(db.raison_sociale, db.nom || coalesce(' ' || db.prenom, '')) as debiteur,
                       coalesce((select sum(p.montant - p.trop_percu) from paiement p
                                  where p.dossier_id = d.id and p.date_paiement <= :au
                                    and (p.contrepasse_le is null or p.contrepasse_le > :au)), 0) as recouvre
                  from dossier d
                  join dossier_debiteur dd on dd.dossier_id = d.id and dd.rang = 1
                  join debiteur db on db.id = dd.debiteur_id
                 where d.creancier_id = :creancier and d.ouvert_le <= :au
                 order by d.reference limit :limite
                """).param("creancier", creancier.value()).param("au", au).param("limite", limite)
                .query((rs, n) -> new Ligne(rs.getString("reference"), rs.getString("reference_creancier"), rs.getString("debiteur"),
                        rs.getObject("ouvert_le", LocalDate.class), Montant.of(rs.getBigDecimal("principal")),
                        Montant.of(rs.getBigDecimal("recouvre")))).list();
    }
}
