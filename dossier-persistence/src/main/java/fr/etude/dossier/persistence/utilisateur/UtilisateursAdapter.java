package fr.etude.dossier.persistence.utilisateur;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.utilisateur.Utilisateur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.core.utilisateur.Utilisateurs;

@Repository
@Transactional(readOnly = true)
class UtilisateursAdapter implements Utilisateurs {

    private final UtilisateurJpaRepository repository;

    UtilisateursAdapter(UtilisateurJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Identification> pourConnexion(String identifiant) {
        return repository.findByIdentifiant(identifiant)
                .map(entity -> new Identification(toDomain(entity), entity.motDePasse));
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

    private static Utilisateur toDomain(UtilisateurEntity entity) {
        return new Utilisateur(new UtilisateurId(entity.id), entity.identifiant, entity.nomAffiche, entity.role,
                Optional.ofNullable(entity.creancierId).map(CreancierId::new), entity.actif);
    }
}
