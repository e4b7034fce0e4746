package fr.etude.dossier.persistence.utilisateur;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

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
    private final JdbcClient jdbc;

    UtilisateursAdapter(UtilisateurJpaRepository repository, JournalAudit journal, JdbcClient jdbc) {
        this.repository = repository;
        this.journal = journal;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Utilisateur> parId(UtilisateurId id) {
        return repository.findById(id.value()).map(UtilisateursAdapter::toDomain);
    }

    @Override
    @Transactional
    public void enregistrerActivite(Utilisateur utilisateur, UtilisateurId auteur, String nomDeLAuteur) {
        UtilisateurEntity entity = repository.findById(utilisateur.id().value()).orElseThrow();
        String avant = etat(entity);
        entity.actif = utilisateur.actif();
        repository.saveAndFlush(entity);
        journal.journaliser(new Auteur(auteur, nomDeLAuteur), "utilisateur",
                utilisateur.id().value().toString(), utilisateur.actif() ? "ACTIVATION" : "DESACTIVATION", avant,
                etat(entity));
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
        String avant = etat(entity);
        entity.motDePasse = motDePasseHache;
        entity.motDePasseAChanger = false;
        repository.saveAndFlush(entity);
        // Who and when, never the hash.
        journal.journaliser(new Auteur(id, entity.nomAffiche), "utilisateur", id.value().toString(),
                "MOT_DE_PASSE", avant, etat(entity));
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
        copier(utilisateur, entity);
        repository.saveAndFlush(entity);
    }

    @Override
    public List<Compte> comptes() {
        return repository.findAllByOrderByRoleAscNomAfficheAsc().stream().map(UtilisateursAdapter::compte).toList();
    }

    @Override
    public Optional<Compte> compte(UtilisateurId id) {
        return repository.findById(id.value()).map(UtilisateursAdapter::compte);
    }

    @Override
    @Transactional
    public void ouvrir(Utilisateur utilisateur, String motDePasseHache, UtilisateurId auteur, String nomDeLAuteur) {
        creer(utilisateur, motDePasseHache);
        exigerUnNouveauMotDePasse(utilisateur.id());
        journal.journaliser(new Auteur(auteur, nomDeLAuteur), "utilisateur", utilisateur.id().value().toString(),
                "CREATION", null, etat(repository.findById(utilisateur.id().value()).orElseThrow()));
    }

    @Override
    @Transactional
    public void modifier(Utilisateur utilisateur, long versionLue, UtilisateurId auteur, String nomDeLAuteur) {
        UtilisateurEntity entity = repository.findById(utilisateur.id().value()).orElseThrow();
        if (entity.version != versionLue) {
            throw new ObjectOptimisticLockingFailureException(UtilisateurEntity.class, entity.id);
        }
        String avant = etat(entity);
        copier(utilisateur, entity);
        repository.saveAndFlush(entity);
        journal.journaliser(new Auteur(auteur, nomDeLAuteur), "utilisateur", utilisateur.id().value().toString(),
                "MODIFICATION", avant, etat(entity));
    }

    @Override
    @Transactional
    public void reinitialiserMotDePasse(UtilisateurId id, String motDePasseHache, UtilisateurId auteur,
                                        String nomDeLAuteur) {
        UtilisateurEntity entity = repository.findById(id.value()).orElseThrow();
        String avant = etat(entity);
        entity.motDePasse = motDePasseHache;
        entity.motDePasseAChanger = true;
        repository.saveAndFlush(entity);
        journal.journaliser(new Auteur(auteur, nomDeLAuteur), "utilisateur", id.value().toString(),
                "REINITIALISATION_MOT_DE_PASSE", avant, etat(entity));
    }

    private static void copier(Utilisateur utilisateur, UtilisateurEntity entity) {
        entity.nomAffiche = utilisateur.nomAffiche();
        entity.role = utilisateur.role();
        entity.creancierId = utilisateur.creancier().map(CreancierId::value).orElse(null);
        entity.actif = utilisateur.actif();
    }

    /** What the journal keeps of an account: everything but the password's hash, as stored (flushed). */
    private String etat(UtilisateurEntity entity) {
        return jdbc.sql("select (to_jsonb(u) - 'mot_de_passe')::text from utilisateur u where id = :id")
                .param("id", entity.id).query(String.class).single();
    }

    private static Compte compte(UtilisateurEntity entity) {
        return new Compte(toDomain(entity), entity.version, entity.motDePasseAChanger);
    }

    private static Utilisateur toDomain(UtilisateurEntity entity) {
        return new Utilisateur(new UtilisateurId(entity.id), entity.identifiant, entity.nomAffiche, entity.role,
                Optional.ofNullable(entity.creancierId).map(CreancierId::new), entity.actif);
    }
}
