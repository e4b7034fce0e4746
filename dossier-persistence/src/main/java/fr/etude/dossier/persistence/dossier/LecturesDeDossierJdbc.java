package fr.etude.dossier.persistence.dossier;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.StatutDossier;
import fr.etude.dossier.core.dossier.TypeEvenement;
import fr.etude.dossier.core.creancier.CategorieCreancier;

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
                        rs.getString("creancier"),
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
    public List<FicheDeDossier.Entree> chronologie(DossierId id, Optional<TypeEvenement> seulement, int limite) {
        return jdbc.sql("""
                select type, moment, auteur_nom, resume from evenement
                 where dossier_id = :id and (cast(:type as varchar) is null or type = :type)
                 order by moment desc, id desc limit :limite
                """)
                .param("id", id.value()).param("type", seulement.map(Enum::name).orElse(null)).param("limite", limite)
                .query((rs, row) -> new FicheDeDossier.Entree(TypeEvenement.valueOf(rs.getString("type")),
                        rs.getObject("moment", Timestamp.class).toInstant(), rs.getString("auteur_nom"),
                        rs.getString("resume")))
                .list();
    }
}
