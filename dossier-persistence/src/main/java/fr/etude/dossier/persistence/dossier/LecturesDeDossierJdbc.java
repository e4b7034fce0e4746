package fr.etude.dossier.persistence.dossier;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.CreanceId;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.core.creance.TitreExecutoire;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.StatutDossier;
import fr.etude.dossier.core.dossier.TypeEvenement;
import fr.etude.dossier.core.creancier.CategorieCreancier;
import fr.etude.dossier.core.creancier.CreancierId;

@Repository
class LecturesDeDossierJdbc implements LecturesDeDossier {

    private final JdbcClient jdbc;

    LecturesDeDossierJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<FicheDeDossier> fiche(DossierId id) {
        return jdbc.sql("""
                select d.*, c.raison_sociale as creancier, c.particulier, u.nom_affiche as gestionnaire,
                       (select string_agg(coalesce(db.raison_sociale,
                               coalesce(db.civilite || ' ', '') || coalesce(db.prenom || ' ', '') || db.nom), '|' order by dd.rang)
                          from dossier_debiteur dd join debiteur db on db.id = dd.debiteur_id
                         where dd.dossier_id = d.id) as debiteurs,
                       (select db.code_postal from dossier_debiteur dd join debiteur db on db.id = dd.debiteur_id
                         where dd.dossier_id = d.id and dd.rang = 1) as code_postal
                  from dossier d
                  join creancier c on c.id = d.creancier_id
                  left join utilisateur u on u.id = d.gestionnaire_id
                 where d.id = :id
                """)
                .param("id", id.value())
                .query((rs, row) -> new FicheDeDossier(id, rs.getString("reference"),
                        Arrays.stream(rs.getString("debiteurs").split("\\|"))
                                .map(nom -> nom.replaceFirst("^MME ", "Mme ").replaceFirst("^M ", "M. ")).toList(),
                        rs.getString("creancier"), new CreancierId(rs.getObject("creancier_id", UUID.class)),
                        rs.getBoolean("particulier") ? CategorieCreancier.PARTICULIER : CategorieCreancier.AUTRES_CAS,
                        Etape.valueOf(rs.getString("etape")), StatutDossier.valueOf(rs.getString("statut")),
                        Montant.of(rs.getBigDecimal("principal")), Montant.of(rs.getBigDecimal("recouvre")),
                        Montant.of(rs.getBigDecimal("solde")), Montant.of(rs.getBigDecimal("trop_percu")),
                        Optional.ofNullable(rs.getObject("prochaine_action_le", LocalDate.class)),
                        Optional.ofNullable(rs.getString("prochaine_action")),
                        Optional.ofNullable(rs.getString("gestionnaire")), rs.getBoolean("echeancier_en_cours"),
                        rs.getBoolean("reclamation_ouverte"), rs.getBoolean("surendettement"),
                        Optional.ofNullable(rs.getObject("prescription_le", LocalDate.class)),
                        rs.getObject("ouvert_le", LocalDate.class), Optional.ofNullable(rs.getString("code_postal")),
                        rs.getLong("version"), rs.getObject("demande_escalade_le") != null))
                .optional();
    }

    @Override
    public List<Creance> creances(DossierId id) {
        return jdbc.sql("""
                select id, principal, exigibilite, nature, reference_creancier, mise_en_demeure, taux_contractuel,
                       clause_penale, capitalisation, titre_type, titre_juridiction, titre_date, titre_signification
                  from creance where dossier_id = ? order by rang
                """).param(id.value()).query((rs, row) -> creance(rs)).list();
    }

    private static Creance creance(ResultSet rs) throws SQLException {
        String typeDeTitre = rs.getString("titre_type");
        Optional<TitreExecutoire> titre = typeDeTitre == null ? Optional.empty() : Optional.of(new TitreExecutoire(
                TitreExecutoire.TypeTitre.valueOf(typeDeTitre), rs.getString("titre_juridiction"),
                rs.getObject("titre_date", LocalDate.class),
                Optional.ofNullable(rs.getObject("titre_signification", LocalDate.class))));
        return new Creance(new CreanceId(rs.getObject("id", UUID.class)), Montant.of(rs.getBigDecimal("principal")),
                rs.getObject("exigibilite", LocalDate.class), NatureCreance.valueOf(rs.getString("nature")),
                rs.getString("reference_creancier"), Optional.ofNullable(rs.getObject("mise_en_demeure", LocalDate.class)),
                Optional.ofNullable(rs.getBigDecimal("taux_contractuel")).map(BigDecimal::stripTrailingZeros),
                Optional.ofNullable(rs.getBigDecimal("clause_penale")).map(Montant::of), rs.getBoolean("capitalisation"),
                titre);
    }

    @Override
    public List<FicheDeDossier.Entree> chronologie(DossierId id, Optional<TypeEvenement> seulement, Optional<Long> avant,
                                                   int limite) {
        return jdbc.sql("""
                select id, type, moment, auteur_nom, resume from evenement
                 where dossier_id = :id and (cast(:type as varchar) is null or type = :type)
                   and (cast(:avant as bigint) is null
                        or (moment, id) < (select e.moment, e.id from evenement e where e.id = :avant))
                 order by moment desc, id desc limit :limite
                """)
                .param("id", id.value()).param("type", seulement.map(Enum::name).orElse(null))
                .param("avant", avant.orElse(null)).param("limite", limite)
                .query((rs, row) -> new FicheDeDossier.Entree(rs.getLong("id"), TypeEvenement.valueOf(rs.getString("type")),
                        rs.getObject("moment", Timestamp.class).toInstant(), rs.getString("auteur_nom"),
                        rs.getString("resume")))
                .list();
    }
}
