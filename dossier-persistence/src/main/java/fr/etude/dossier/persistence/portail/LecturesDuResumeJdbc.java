package fr.etude.dossier.persistence.portail;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.MotifCloture;
import fr.etude.dossier.core.dossier.TypeEvenement;
import fr.etude.dossier.core.portail.LecturesDuResume;
import fr.etude.dossier.core.portail.ResumeDeLaSemaine;

/**
 * The summary's four lists, each one query filtered on the créancier in SQL; the period on the moment
 * a thing was recorded (a payment dated last week but recorded today is news today).
 */
@Repository
@Transactional(readOnly = true)
class LecturesDuResumeJdbc implements LecturesDuResume {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String DEBITEUR = """
              join dossier_debiteur dd on dd.dossier_id = d.id and dd.rang = 1
              join debiteur db on db.id = dd.debiteur_id
            """;
    private static final String NOM_DU_DEBITEUR = "coalesce(db.raison_sociale, db.nom || coalesce(' ' || db.prenom, '')) as debiteur";

    private final JdbcClient jdbc;

    LecturesDuResumeJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ResumeDeLaSemaine lire(CreancierId creancier, ResumeDeLaSemaine.Periode periode) {
        OffsetDateTime du = periode.du().atOffset(ZoneOffset.UTC);
        OffsetDateTime au = periode.au().atOffset(ZoneOffset.UTC);
        List<ResumeDeLaSemaine.Paiement> paiements = jdbc.sql("select d.reference, " + NOM_DU_DEBITEUR + """
                     , p.date_paiement, p.montant, p.contrepasse_le
                  from paiement p
                  join dossier d on d.id = p.dossier_id
                """ + DEBITEUR + """
                 where d.creancier_id = :creancier and p.enregistre_le > :du and p.enregistre_le <= :au
                 order by p.date_paiement, d.reference, p.enregistre_le
                """).param("creancier", creancier.value()).param("du", du).param("au", au)
                .query((rs, n) -> new ResumeDeLaSemaine.Paiement(rs.getString("reference"), rs.getString("debiteur"),
                        rs.getObject("date_paiement", LocalDate.class), Montant.of(rs.getBigDecimal("montant")),
                        Optional.ofNullable(rs.getDate("contrepasse_le")).map(Date::toLocalDate)))
                .list();
        List<Ligne> lignes = jdbc.sql("select d.reference, " + NOM_DU_DEBITEUR + """
                     , e.type, e.moment, e.resume, d.etape, d.motif_cloture
                  from evenement e
                  join dossier d on d.id = e.dossier_id
                """ + DEBITEUR + """
                 where d.creancier_id = :creancier and e.moment > :du and e.moment <= :au
                   and e.type in ('PROMESSE', 'ECHEANCIER', 'SOLUTION', 'CHANGEMENT_ETAPE', 'CLOTURE')
                 order by e.moment, d.reference, e.id
                """).param("creancier", creancier.value()).param("du", du).param("au", au)
                .query((rs, n) -> new Ligne(rs.getString("reference"), rs.getString("debiteur"),
                        TypeEvenement.valueOf(rs.getString("type")), rs.getObject("moment", OffsetDateTime.class).toInstant(),
                        rs.getString("resume"), Etape.valueOf(rs.getString("etape")),
                        Optional.ofNullable(rs.getString("motif_cloture")).map(MotifCloture::valueOf)))
                .list();
        return new ResumeDeLaSemaine(periode, paiements,
                lignes.stream().filter(ligne -> ligne.type() != TypeEvenement.CHANGEMENT_ETAPE && ligne.type() != TypeEvenement.CLOTURE)
                        // Only what the portal shows whole: the kinds above are, and a test keeps them so.
                        .filter(ligne -> ligne.type().pourLeCreancier() == TypeEvenement.PourLeCreancier.ENTIER)
                        .map(ligne -> new ResumeDeLaSemaine.Proposition(ligne.reference(), ligne.debiteur(), ligne.jour(),
                                ligne.resume())).toList(),
                lignes.stream().filter(ligne -> ligne.type() == TypeEvenement.CHANGEMENT_ETAPE)
                        .map(ligne -> new ResumeDeLaSemaine.ChangementDEtape(ligne.reference(), ligne.debiteur(), ligne.jour(),
                                ligne.etape())).toList(),
                // A closing reopened since (none can be today) would show without its motif: it is left out.
                lignes.stream().filter(ligne -> ligne.type() == TypeEvenement.CLOTURE && ligne.motif().isPresent())
                        .map(ligne -> new ResumeDeLaSemaine.Cloture(ligne.reference(), ligne.debiteur(), ligne.jour(),
                                ligne.motif().get())).toList());
    }

    private record Ligne(String reference, String debiteur, TypeEvenement type, Instant moment, String resume, Etape etape,
                         Optional<MotifCloture> motif) {
        LocalDate jour() {
            return LocalDate.ofInstant(moment, PARIS);
        }
    }
}
