package fr.etude.dossier.persistence.utilisateur;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.utilisateur.Utilisateur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.core.utilisateur.Utilisateurs;
import fr.etude.dossier.persistence.audit.JournalAudit;

@Repository
@Transactional(readOnly = true)
class UtilisateursAdapter implements Utilisateurs {

    private final UtilisateurJpaRepository repository;
    private final JournalAudit journal;

    UtilisateursAdapter(UtilisateurJpaRepository repository, JournalAudit journal) {
        this.repository = repository;
        this.journal = journal;
    }

    @Override
    public Optional<Utilisateur> parId(UtilisateurId id) {
        return repository.findById(id.value()).map(UtilisateursAdapter::toDomain);
    }

    @Override
    @Transactional
    public void enregistrerActivite(Utilisateur utilisateur, UtilisateurId auteur, String nomDeLAuteur) {
        UtilisateurEntity entity = repository.findById(utilisateur.id().value()).orElseThrow();
        // Only what changed goes to the journal: the row also holds the password's hash.
        String avant = activite(entity);
        entity.actif = utilisateur.actif();
        repository.saveAndFlush(entity);
        journal.journaliser(new Auteur(auteur, nomDeLAuteur), "utilisateur",
                utilisateur.id().value().toString(), utilisateur.actif() ? "ACTIVATION" : "DESACTIVATION", avant,
                activite(entity));
    }

    @Override
    @Transactional
    public void exigerUnNouveauMotDePasse(UtilisateurId id) {
        UtilisateurEntity entity = repository.findById(id.value()).orElseThrow();
        entity.motDePasseAChanger = true;
        repository.saveAndFlush(entity);
    }

    @Override
    @Transactional
    public void changerMotDePasse(UtilisateurId id, String motDePasseHache) {
        UtilisateurEntity entity = repository.findById(id.value()).orElseThrow();
        entity.motDePasse = motDePasseHache;
        entity.motDePasseAChanger = false;
        repository.saveAndFlush(entity);
        // Who and when, never the hash.
        journal.journaliser(new Auteur(id, entity.nomAffiche), "utilisateur", id.value().toString(),
                "MOT_DE_PASSE", null, activite(entity));
    }

    @Override
    public Optional<Identification> pourConnexion(String identifiant) {
        return repository.findByIdentifiant(identifiant)
                .map(entity -> new Identification(toDomain(entity), entity.motDePasse, entity.motDePasseAChanger));
    }

    @Override
    public List<Utilisateur> tous() {
        return repository.findAllByOrderByRoleAscNomAfficheAsc().stream().map(UtilisateursAdapter::toDomain).toList();
    }

    @Override
    @Transactional
    public void creer(Utilisateur utilisateur, String motDePasseHache) {
        UtilisateurEntity entity = new UtilisateurEntity();
        entity.id = utilisateur.id().value();
        entity.identifiant = utilisateur.identifiant();
        entity.motDePasse = motDePasseHache;
        entity.nomAffiche = utilisateur.nomAffiche();
        entity.role = utilisateur.role();
        entity.creancierId = utilisateur.creancier().map(CreancierId::value).orElse(null);
        entity.actif = utilisateur.actif();
        repository.saveAndFlush(entity);
    }

    private static String activite(UtilisateurEntity entity) {
        String identifiant = entity.identifiant.replace("\\", "\\\\").replace("\"", "\\\"");
        return "{\"identifiant\": \"" + identifiant + "\", \"actif\": " + entity.actif + "}";
    }

    private static Utilisateur toDomain(UtilisateurEntity entity) {
        return new Utilisateur(new UtilisateurId(entity.id), entity.identifiant, entity.nomAffiche, entity.role,
                Optional.ofNullable(entity.creancierId).map(CreancierId::new), entity.actif);
    }
}
