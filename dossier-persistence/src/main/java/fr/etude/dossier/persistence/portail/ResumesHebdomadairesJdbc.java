package fr.etude.dossier.persistence.portail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.portail.AvisHebdomadaire;
import fr.etude.dossier.core.portail.ResumeDeLaSemaine;
import fr.etude.dossier.core.portail.ResumesHebdomadaires;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.persistence.audit.JournalAudit;

@Repository
@Transactional(readOnly = true)
class ResumesHebdomadairesJdbc implements ResumesHebdomadaires {

    private final JdbcClient jdbc;
    private final JournalAudit journal;
    private final Clock horloge;

    /** The persistence tests define no clock: the system's, as the audit journal does. */
    ResumesHebdomadairesJdbc(JdbcClient jdbc, JournalAudit journal, ObjectProvider<Clock> horloge) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.horloge = horloge.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public AvisHebdomadaire avis(UtilisateurId utilisateur) {
        return jdbc.sql("select abonne, courriel from avis_hebdomadaire where utilisateur_id = :utilisateur")
                .param("utilisateur", utilisateur.value())
                .query((rs, n) -> new AvisHebdomadaire(rs.getBoolean("abonne"),
                        Optional.ofNullable(rs.getString("courriel")).map(Email::new)))
                .optional().orElse(AvisHebdomadaire.AUCUN);
    }

    @Override
    @Transactional
    public void choisir(UtilisateurId utilisateur, AvisHebdomadaire avis, Auteur auteur) {
        String avant = etat(utilisateur);
        jdbc.sql("""
                insert into avis_hebdomadaire (utilisateur_id, abonne, courriel, modifie_le)
                values (:utilisateur, :abonne, :courriel, :le)
                on conflict (utilisateur_id) do update
                   set abonne = excluded.abonne, courriel = excluded.courriel, modifie_le = excluded.modifie_le
                """).param("utilisateur", utilisateur.value()).param("abonne", avis.abonne())
                .param("courriel", avis.courriel().map(Email::valeur).orElse(null))
                .param("le", horodatage(horloge.instant())).update();
        journal.journaliser(auteur, "avis_hebdomadaire", utilisateur.value().toString(),
                avis.abonne() ? "RESUME_DEMANDE" : "RESUME_ARRETE", avant, etat(utilisateur));
    }

    @Override
    public List<Abonne> abonnes() {
        return jdbc.sql("""
                select u.id, u.nom_affiche, u.creancier_id, a.courriel
                  from avis_hebdomadaire a
                  join utilisateur u on u.id = a.utilisateur_id
                 where a.abonne and u.actif and u.role = 'CREDITOR'
                 order by u.id
                """).query((rs, n) -> new Abonne(new UtilisateurId(rs.getObject("id", UUID.class)), rs.getString("nom_affiche"),
                        new CreancierId(rs.getObject("creancier_id", UUID.class)), new Email(rs.getString("courriel"))))
                .list();
    }

    @Override
    public Optional<Instant> finDuDernier(UtilisateurId utilisateur) {
        return jdbc.sql("select max(au) from resume_hebdomadaire where utilisateur_id = :utilisateur")
                .param("utilisateur", utilisateur.value())
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                .single();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reserver(UtilisateurId utilisateur, LocalDate semaine, ResumeDeLaSemaine.Periode periode,
                            Optional<UUID> envoi) {
        // Another run's row, committed or not, makes this insert do nothing (it waits for an uncommitted one).
        return jdbc.sql("""
                insert into resume_hebdomadaire (utilisateur_id, semaine, du, au, envoi_id)
                values (:utilisateur, :semaine, :du, :au, :envoi)
                on conflict (utilisateur_id, semaine) do nothing
                """).param("utilisateur", utilisateur.value()).param("semaine", semaine)
                .param("du", horodatage(periode.du())).param("au", horodatage(periode.au()))
                .param("envoi", envoi.orElse(null)).update() == 1;
    }

    private String etat(UtilisateurId utilisateur) {
        return jdbc.sql("select to_jsonb(a)::text from avis_hebdomadaire a where a.utilisateur_id = :utilisateur")
                .param("utilisateur", utilisateur.value()).query(String.class).optional().orElse(null);
    }

    private static OffsetDateTime horodatage(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
