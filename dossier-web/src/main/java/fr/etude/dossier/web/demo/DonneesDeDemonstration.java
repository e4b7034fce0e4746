package fr.etude.dossier.web.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.demo.DonneesFictives;
import fr.etude.dossier.core.utilisateur.Role;
import fr.etude.dossier.core.utilisateur.Utilisateur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.core.utilisateur.Utilisateurs;

/**
 * The demo office: créanciers, a few hundred dossiers and one user per role (password
 * {@value #MOT_DE_PASSE}). Loaded once: a restart finds the demo admin and leaves everything as is.
 * Loaded before the web server opens (once every bean is ready), so that nobody can try a demo
 * account before it exists.
 */
@Component
@Profile("demo")
class DonneesDeDemonstration implements SmartInitializingSingleton {

    static final String MOT_DE_PASSE = "demo";
    private static final Logger log = LoggerFactory.getLogger(DonneesDeDemonstration.class);

    private final DonneesFictives generateur;
    private final Utilisateurs utilisateurs;
    private final PasswordEncoder encodeur;
    private final Clock horloge;
    private final int nombreDeDossiers;

    DonneesDeDemonstration(DonneesFictives generateur, Utilisateurs utilisateurs, PasswordEncoder encodeur,
                           Clock horloge, @Value("${dossier.demo.dossiers:400}") int nombreDeDossiers) {
        this.generateur = generateur;
        this.utilisateurs = utilisateurs;
        this.encodeur = encodeur;
        this.horloge = horloge;
        this.nombreDeDossiers = nombreDeDossiers;
    }

    @Override
    @Transactional
    public void afterSingletonsInstantiated() {
        if (utilisateurs.pourConnexion("admin").isPresent()) {
            return;
        }
        List<CreancierId> creanciers = generateur.creerCreanciers();
        String hash = encodeur.encode(MOT_DE_PASSE);
        UtilisateurId claire = creer("clerc", "Claire Moreau", Role.CLERK, null, hash);
        UtilisateurId julien = creer("clerc2", "Julien Fabre", Role.CLERK, null, hash);
        creer("huissier", "Me Hélène Garnier", Role.HUISSIER, null, hash);
        creer("creancier", "Énergies du Rhône (service contentieux)", Role.CREDITOR, creanciers.get(0), hash);
        creer("admin", "Administrateur de l'étude", Role.ADMIN, null, hash);
        generateur.genererDossiers(nombreDeDossiers, creanciers, List.of(claire, julien), LocalDate.now(horloge), 2026);
        log.info("Données de démonstration créées : {} créanciers, {} dossiers, 5 utilisateurs",
                creanciers.size(), nombreDeDossiers);
    }

    private UtilisateurId creer(String identifiant, String nom, Role role, CreancierId creancier, String hash) {
        UtilisateurId id = UtilisateurId.nouveau();
        utilisateurs.creer(new Utilisateur(id, identifiant, nom, role, Optional.ofNullable(creancier), true), hash);
        return id;
    }
}
