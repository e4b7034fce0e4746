package fr.etude.dossier.persistence.contact;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.contact.Canal;
import fr.etude.dossier.core.contact.ContactPasse;
import fr.etude.dossier.core.contact.HistoriqueDeContacts;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.persistence.audit.JournalAudit;

@Repository
@Transactional
class HistoriqueDeContactsJdbc implements HistoriqueDeContacts {

    private final JdbcClient jdbc;
    private final JournalAudit journal;

    HistoriqueDeContactsJdbc(JdbcClient jdbc, JournalAudit journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContactPasse> recents(DossierId dossier, LocalDateTime maintenant, int jours) {
        return jdbc.sql("""
                select canal, moment, conversation, modele from contact
                 where dossier_id = :dossier and moment > :depuis and not entrant
                 order by moment
                """)
                .param("dossier", dossier.value()).param("depuis", maintenant.minusDays(jours))
                .query((rs, row) -> new ContactPasse(Canal.valueOf(rs.getString("canal")),
                        rs.getObject("moment", LocalDateTime.class), rs.getBoolean("conversation"),
                        Optional.ofNullable(rs.getString("modele"))))
                .list();
    }

    @Override
    public void enregistrer(DossierId dossier, ContactEnregistre enregistre, Auteur auteur) {
        jdbc.sql("""
                insert into contact (id, dossier_id, canal, moment, entrant, conversation, issue, numero, modele, tiers,
                                     base_legale_tiers, derogation_motif, auteur_id, auteur_nom)
                values (:id, :dossier, :canal, :moment, :entrant, :conversation, :issue, :numero, :modele, :tiers,
                        :baseLegale, :derogation, :auteurId, :auteurNom)
                """)
                .param("id", enregistre.id()).param("dossier", dossier.value())
                .param("canal", enregistre.contact().canal().name()).param("moment", enregistre.contact().moment())
                .param("entrant", enregistre.entrant()).param("conversation", enregistre.conversation())
                .param("issue", enregistre.issue().orElse(null)).param("numero", enregistre.numero().orElse(null))
                .param("modele", enregistre.contact().modele().orElse(null)).param("tiers", enregistre.contact().tiers())
                .param("baseLegale", enregistre.contact().baseLegaleTiers().orElse(null))
                .param("derogation", enregistre.derogation().orElse(null))
                .param("auteurId", auteur.id().value()).param("auteurNom", auteur.nom())
                .update();
        journal.journaliser(auteur, "contact", enregistre.id(),
                enregistre.derogation().isPresent() ? "CONTACT_AVEC_DEROGATION" : "CONTACT", null);
    }
}
