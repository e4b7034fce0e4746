package fr.etude.dossier.persistence.transmission;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.transmission.Attribution;
import fr.etude.dossier.core.transmission.Attributions;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.persistence.audit.JournalAudit;

@Repository
@Transactional(readOnly = true)
class AttributionsJdbc implements Attributions {

    private final JdbcClient jdbc;
    private final JournalAudit journal;

    AttributionsJdbc(JdbcClient jdbc, JournalAudit journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    @Override
    public Attribution regle(CreancierId creancier) {
        return new Attribution(clercsActifs(), attitre(creancier));
    }

    @Override
    public List<Attribution.Clerc> clercsActifs() {
        return jdbc.sql("select id, nom_affiche from utilisateur where role = 'CLERK' and actif order by nom_affiche, id")
                .query((rs, n) -> new Attribution.Clerc(new UtilisateurId(rs.getObject("id", UUID.class)), rs.getString("nom_affiche")))
                .list();
    }

    @Override
    public Optional<UtilisateurId> attitre(CreancierId creancier) {
        return jdbc.sql("select gestionnaire_attitre_id from creancier where id = :id").param("id", creancier.value())
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class))).optional().flatMap(id -> id)
                .map(UtilisateurId::new);
    }

    @Override
    @Transactional
    public void nommer(CreancierId creancier, Optional<UtilisateurId> clerc, Auteur auteur) {
        String avant = etat(creancier);
        jdbc.sql("update creancier set gestionnaire_attitre_id = :clerc where id = :id")
                .param("clerc", clerc.map(UtilisateurId::value).orElse(null)).param("id", creancier.value()).update();
        journal.journaliser(auteur, "creancier", creancier.value().toString(), "ATTRIBUTION", avant, etat(creancier));
    }

    /** In its own transaction: the office's round must not wait for a long file to commit. */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long tours(int nombre) {
        return jdbc.sql("update tour_d_attribution set dernier = dernier + :nombre where id = 1 returning dernier")
                .param("nombre", nombre).query(Long.class).single() - nombre + 1;
    }

    private String etat(CreancierId creancier) {
        return jdbc.sql("select jsonb_build_object('gestionnaire_attitre_id', gestionnaire_attitre_id)::text from creancier where id = :id")
                .param("id", creancier.value()).query(String.class).single();
    }
}
