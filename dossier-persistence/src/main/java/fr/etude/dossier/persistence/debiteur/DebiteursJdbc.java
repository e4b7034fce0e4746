package fr.etude.dossier.persistence.debiteur;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.debiteur.Coordonnees;
import fr.etude.dossier.core.debiteur.Debiteur;
import fr.etude.dossier.core.debiteur.DebiteurId;
import fr.etude.dossier.core.dossier.Debiteurs;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.identite.Adresse;
import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.identite.Siren;
import fr.etude.dossier.core.identite.Telephone;
import fr.etude.dossier.persistence.audit.JournalAudit;

/**
 * The débiteur row holds the current details; debiteur_coordonnee keeps each phone, e-mail and
 * address with the days it was current. A correction is checked against the version read.
 */
@Repository
@Transactional
class DebiteursJdbc implements Debiteurs {

    private final JdbcClient jdbc;
    private final JournalAudit journal;

    DebiteursJdbc(JdbcClient jdbc, JournalAudit journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DebiteurEnregistre> duDossier(DossierId dossier) {
        return jdbc.sql("""
                select db.*, dd.rang from dossier_debiteur dd join debiteur db on db.id = dd.debiteur_id
                 where dd.dossier_id = :dossier order by dd.rang
                """)
                .param("dossier", dossier.value())
                .query((rs, row) -> new DebiteurEnregistre(debiteur(rs), rs.getInt("rang"), rs.getLong("version")))
                .list();
    }

    @Override
    public void modifier(Debiteur debiteur, long versionLue, LocalDate le, Auteur auteur) {
        UUID id = debiteur.id().value();
        String avant = journal.etat("debiteur", id);
        java.util.Map<String, Object> ancien = jdbc.sql("""
                select coalesce(db.adresse || ', ' || db.code_postal || ' ' || db.ville, '') as adresse,
                       coalesce(db.telephone, '') as telephone, coalesce(db.email, '') as email,
                       coalesce((select min(d.ouvert_le) from dossier_debiteur dd join dossier d on d.id = dd.dossier_id
                                  where dd.debiteur_id = db.id), current_date) as connu_depuis
                  from debiteur db where db.id = :id
                """).param("id", id).query().singleRow();
        LocalDate connuDepuis = ((java.sql.Date) ancien.get("connu_depuis")).toLocalDate();
        Optional<Adresse> adresse = debiteur.coordonnees().adresses().stream().findFirst();
        JdbcClient.StatementSpec requete = jdbc.sql("""
                update debiteur set civilite = :civilite, nom = :nom, prenom = :prenom, raison_sociale = :raisonSociale,
                       siren = :siren, forme_juridique = :forme, date_naissance = :naissance, employeur = :employeur,
                       adresse = :adresse, code_postal = :codePostal, ville = :ville, telephone = :telephone,
                       email = :email, version = version + 1
                 where id = :id and version = :version
                """);
        if (debiteur instanceof Debiteur.PersonnePhysique personne) {
            requete = requete.param("civilite", personne.civilite() == null ? null : personne.civilite().name())
                    .param("nom", personne.nom()).param("prenom", personne.prenom().isEmpty() ? null : personne.prenom())
                    .param("raisonSociale", null).param("siren", null).param("forme", null)
                    .param("naissance", personne.naissance().orElse(null)).param("employeur", personne.employeur().orElse(null));
        } else {
            Debiteur.PersonneMorale societe = (Debiteur.PersonneMorale) debiteur;
            requete = requete.param("civilite", null).param("nom", null).param("prenom", null)
                    .param("raisonSociale", societe.raisonSociale()).param("siren", societe.siren().valeur())
                    .param("forme", societe.formeJuridique().isEmpty() ? null : societe.formeJuridique())
                    .param("naissance", null).param("employeur", null);
        }
        int modifies = requete.param("adresse", adresse.map(Adresse::ligne1).orElse(null))
                .param("codePostal", adresse.map(Adresse::codePostal).orElse(null))
                .param("ville", adresse.map(Adresse::ville).orElse(null))
                .param("telephone", debiteur.coordonnees().telephones().stream().findFirst().map(Telephone::valeur).orElse(null))
                .param("email", debiteur.coordonnees().emails().stream().findFirst().map(Email::valeur).orElse(null))
                .param("id", id).param("version", versionLue)
                .update();
        if (modifies == 0) {
            throw ModificationConcurrente.surLaFicheDe(debiteur.nomAffiche());
        }
        String apres = journal.etat("debiteur", id);
        dater(id, CoordonneeDatee.Nature.ADRESSE, (String) ancien.get("adresse"),
                adresse.map(a -> a.ligne1() + ", " + a.codePostal() + " " + a.ville()), connuDepuis, le);
        dater(id, CoordonneeDatee.Nature.TELEPHONE, (String) ancien.get("telephone"),
                debiteur.coordonnees().telephones().stream().findFirst().map(Telephone::valeur), connuDepuis, le);
        dater(id, CoordonneeDatee.Nature.EMAIL, (String) ancien.get("email"),
                debiteur.coordonnees().emails().stream().findFirst().map(Email::valeur), connuDepuis, le);
        journal.journaliser(auteur, "debiteur", id.toString(), "DEBITEUR_MODIFIE", avant, apres);
    }

    /**
     * Keeps the history of one kind of detail: if the value changed, the old one ends on {@code le}
     * and the new one starts; an unchanged value leaves the history as it is. A value known before
     * any history (imported with the dossier) enters it as known since the débiteur's first dossier.
     */
    private void dater(UUID debiteur, CoordonneeDatee.Nature nature, String ancienne, Optional<String> valeur,
                       LocalDate connuDepuis, LocalDate le) {
        if (valeur.orElse("").equals(ancienne)) {
            return;
        }
        boolean dejaDatee = jdbc.sql("""
                select count(*) from debiteur_coordonnee where debiteur_id = :debiteur and nature = :nature and jusqua is null
                """).param("debiteur", debiteur).param("nature", nature.name()).query(Integer.class).single() > 0;
        if (!dejaDatee && !ancienne.isEmpty()) {
            jdbc.sql("""
                    insert into debiteur_coordonnee (id, debiteur_id, nature, valeur, depuis)
                    values (:id, :debiteur, :nature, :valeur, :depuis)
                    """).param("id", UUID.randomUUID()).param("debiteur", debiteur).param("nature", nature.name())
                    .param("valeur", ancienne).param("depuis", connuDepuis.isAfter(le) ? le : connuDepuis).update();
        }
        jdbc.sql("""
                update debiteur_coordonnee set jusqua = :le where debiteur_id = :debiteur and nature = :nature and jusqua is null
                """).param("le", le).param("debiteur", debiteur).param("nature", nature.name()).update();
        valeur.ifPresent(nouvelle -> jdbc.sql("""
                        insert into debiteur_coordonnee (id, debiteur_id, nature, valeur, depuis)
                        values (:id, :debiteur, :nature, :valeur, :le)
                        """).param("id", UUID.randomUUID()).param("debiteur", debiteur).param("nature", nature.name())
                .param("valeur", nouvelle).param("le", le).update());
    }

    @Override
    @Transactional(readOnly = true)
    public List<CoordonneeDatee> historique(DebiteurId debiteur) {
        return jdbc.sql("""
                select nature, valeur, depuis, jusqua from debiteur_coordonnee where debiteur_id = :debiteur
                 order by jusqua desc nulls first, depuis desc
                """)
                .param("debiteur", debiteur.value())
                .query((rs, row) -> new CoordonneeDatee(CoordonneeDatee.Nature.valueOf(rs.getString("nature")),
                        rs.getString("valeur"), rs.getObject("depuis", LocalDate.class),
                        Optional.ofNullable(rs.getObject("jusqua", LocalDate.class))))
                .list();
    }

    private static Debiteur debiteur(ResultSet rs) throws SQLException {
        DebiteurId id = new DebiteurId(rs.getObject("id", UUID.class));
        String ligne = rs.getString("adresse");
        Coordonnees coordonnees = new Coordonnees(
                ligne == null ? List.of() : List.of(Adresse.enFrance(ligne, rs.getString("code_postal"), rs.getString("ville"))),
                Optional.ofNullable(rs.getString("telephone")).map(Telephone::new).stream().toList(),
                Optional.ofNullable(rs.getString("email")).map(Email::new).stream().toList());
        if ("MORALE".equals(rs.getString("personne"))) {
            return new Debiteur.PersonneMorale(id, rs.getString("raison_sociale"), new Siren(rs.getString("siren")),
                    rs.getString("forme_juridique"), coordonnees);
        }
        String civilite = rs.getString("civilite");
        return new Debiteur.PersonnePhysique(id, civilite == null ? null : Debiteur.Civilite.valueOf(civilite),
                rs.getString("nom"), rs.getString("prenom"), Optional.ofNullable(rs.getObject("date_naissance", LocalDate.class)),
                Optional.ofNullable(rs.getString("employeur")), coordonnees);
    }
}
