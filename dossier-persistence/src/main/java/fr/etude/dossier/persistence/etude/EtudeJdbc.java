package fr.etude.dossier.persistence.etude;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.etude.Etude;
import fr.etude.dossier.core.etude.IdentiteDeLEtude;
import fr.etude.dossier.core.identite.Adresse;
import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.identite.Iban;
import fr.etude.dossier.core.identite.Telephone;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.persistence.audit.JournalAudit;

/** The office's identity: one row, audited at each change. */
@Repository
@Transactional
class EtudeJdbc implements Etude {

    private final JdbcClient jdbc;
    private final JournalAudit journal;

    EtudeJdbc(JdbcClient jdbc, JournalAudit journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IdentiteDeLEtude> identite() {
        return jdbc.sql("select * from etude where id = 1").query((rs, n) -> new IdentiteDeLEtude(rs.getString("nom"),
                Adresse.enFrance(rs.getString("adresse"), rs.getString("code_postal"), rs.getString("ville")),
                rs.getString("siret"), new Telephone(rs.getString("telephone")), new Email(rs.getString("email")),
                new Iban(rs.getString("iban")), Optional.ofNullable(rs.getString("bic")), rs.getString("commissaire")))
                .optional();
    }

    @Override
    public void enregistrer(IdentiteDeLEtude identite, UtilisateurId auteur, String nomDeLAuteur) {
        String avant = etat();
        jdbc.sql("""
                insert into etude (id, nom, adresse, code_postal, ville, siret, telephone, email, iban, bic, commissaire)
                values (1, :nom, :adresse, :cp, :ville, :siret, :tel, :email, :iban, :bic, :commissaire)
                on conflict (id) do update set nom = excluded.nom, adresse = excluded.adresse,
                    code_postal = excluded.code_postal, ville = excluded.ville, siret = excluded.siret,
                    telephone = excluded.telephone, email = excluded.email, iban = excluded.iban, bic = excluded.bic,
                    commissaire = excluded.commissaire
                """).param("nom", identite.nom()).param("adresse", identite.adresse().ligne1())
                .param("cp", identite.adresse().codePostal()).param("ville", identite.adresse().ville())
                .param("siret", identite.siret()).param("tel", identite.telephone().valeur())
                .param("email", identite.email().valeur()).param("iban", identite.iban().valeur())
                .param("bic", identite.bic().orElse(null)).param("commissaire", identite.commissaire()).update();
        journal.journaliser(new Auteur(auteur, nomDeLAuteur), "etude", "1",
                avant == null ? "AJOUT" : "MODIFICATION", avant, etat());
    }

    private String etat() {
        return jdbc.sql("select to_jsonb(e)::text from etude e where id = 1").query(String.class).optional().orElse(null);
    }
}
