package fr.etude.dossier.persistence.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.DossierResume;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.ListesDeDossiers;
import fr.etude.dossier.core.dossier.StatutDossier;
import fr.etude.dossier.core.dossier.SynthesePortefeuille;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** Lists as SQL projections: one query per page, no aggregate loaded. */
@Repository
class ListesDeDossiersJdbc implements ListesDeDossiers {

    private static final String SELECT = """
            select d.id, d.reference, d.etape, d.statut, d.principal, d.recouvre, d.solde,
                   d.prochaine_action_le, d.prochaine_action, c.raison_sociale as creancier,
                   coalesce(db.raison_sociale, db.nom || coalesce(' ' || db.prenom, '')) as debiteur,
                   u.nom_affiche as gestionnaire
              from dossier d
              join creancier c on c.id = d.creancier_id
              join dossier_debiteur dd on dd.dossier_id = d.id and dd.rang = 1
              join debiteur db on db.id = dd.debiteur_id
              left join utilisateur u on u.id = d.gestionnaire_id
            """;

    private final JdbcClient jdbc;

    ListesDeDossiersJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DossierResume> journee(UtilisateurId gestionnaire, LocalDate jour, int limite) {
        return jdbc.sql(SELECT + """
                         where d.gestionnaire_id = :gestionnaire and d.statut = 'OUVERT'
                           and d.prochaine_action_le <= :jour
                         order by d.prochaine_action_le, d.solde desc, d.reference
                         limit :limite
                        """)
                .param("gestionnaire", gestionnaire.value()).param("jour", jour).param("limite", limite)
                .query(ListesDeDossiersJdbc::resume).list();
    }

    @Override
    public List<DossierResume> aEtape(Etape etape, int limite) {
        return jdbc.sql(SELECT + """
                         where d.etape = :etape and d.statut = 'OUVERT'
                         order by d.prochaine_action_le nulls last, d.reference
                         limit :limite
                        """)
                .param("etape", etape.name()).param("limite", limite)
                .query(ListesDeDossiersJdbc::resume).list();
    }

    @Override
    public List<DossierResume> duCreancier(CreancierId creancier, int limite) {
        return jdbc.sql(SELECT + """
                         where d.creancier_id = :creancier
                         order by d.reference desc
                         limit :limite
                        """)
                .param("creancier", creancier.value()).param("limite", limite)
                .query(ListesDeDossiersJdbc::resume).list();
    }

    @Override
    public SynthesePortefeuille synthese(CreancierId creancier) {
        return jdbc.sql("""
                        select count(*) as dossiers,
                               count(*) filter (where statut <> 'CLOS') as ouverts,
                               coalesce(sum(principal), 0) as principal,
                               coalesce(sum(recouvre), 0) as recouvre,
                               coalesce(sum(solde), 0) as solde
                          from dossier where creancier_id = :creancier
                        """)
                .param("creancier", creancier.value())
                .query((rs, row) -> new SynthesePortefeuille(rs.getLong("dossiers"), rs.getLong("ouverts"),
                        Montant.of(rs.getBigDecimal("principal")), Montant.of(rs.getBigDecimal("recouvre")),
                        Montant.of(rs.getBigDecimal("solde"))))
                .single();
    }

    private static DossierResume resume(ResultSet rs, int row) throws SQLException {
        return new DossierResume(new DossierId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                rs.getString("debiteur"), rs.getString("creancier"), Etape.valueOf(rs.getString("etape")),
                StatutDossier.valueOf(rs.getString("statut")), Montant.of(rs.getBigDecimal("principal")),
                Montant.of(rs.getBigDecimal("recouvre")), Montant.of(rs.getBigDecimal("solde")),
                Optional.ofNullable(rs.getObject("prochaine_action_le", LocalDate.class)),
                Optional.ofNullable(rs.getString("prochaine_action")),
                Optional.ofNullable(rs.getString("gestionnaire")));
    }
}
