package fr.etude.dossier.web.securite;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.utilisateur.Role;
import fr.etude.dossier.core.utilisateur.Utilisateur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.core.utilisateur.Utilisateurs;

/**
 * A new office starts with an empty database: nobody could sign in. When no administrator exists, the
 * one named by the start-up settings is created, with the password given there, to be changed at his
 * first sign-in. Nothing else is created; with an administrator already there, nothing happens.
 */
@Component
class PremierAdministrateur implements ApplicationRunner {

    private static final Logger journal = LoggerFactory.getLogger(PremierAdministrateur.class);

    private final Utilisateurs utilisateurs;
    private final PasswordEncoder motsDePasse;
    private final Optional<String> identifiant;
    private final Optional<String> motDePasse;

    PremierAdministrateur(Utilisateurs utilisateurs, PasswordEncoder motsDePasse,
                          @Value("${dossier.premier-administrateur.identifiant:}") String identifiant,
                          @Value("${dossier.premier-administrateur.mot-de-passe:}") String motDePasse) {
        this.utilisateurs = utilisateurs;
        this.motsDePasse = motsDePasse;
        this.identifiant = Optional.of(identifiant.strip()).filter(texte -> !texte.isEmpty());
        this.motDePasse = Optional.of(motDePasse).filter(texte -> !texte.isBlank());
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        creerSIlManque();
    }

    /** @return the administrator created, if there was none and the settings name one */
    Optional<Utilisateur> creerSIlManque() {
        if (utilisateurs.tous().stream().anyMatch(utilisateur -> utilisateur.role() == Role.ADMIN)) {
            return Optional.empty();
        }
        if (identifiant.isEmpty() || motDePasse.isEmpty()) {
            journal.warn("Aucun administrateur dans la base et personne ne peut se connecter : démarrez l'application "
                    + "avec dossier.premier-administrateur.identifiant et dossier.premier-administrateur.mot-de-passe "
                    + "(voir docs/exploitation.md).");
            return Optional.empty();
        }
        Utilisateur administrateur = new Utilisateur(UtilisateurId.nouveau(), identifiant.get(), "Administrateur de l'étude",
                Role.ADMIN, Optional.empty(), true);
        utilisateurs.creer(administrateur, motsDePasse.encode(motDePasse.get()));
        utilisateurs.exigerUnNouveauMotDePasse(administrateur.id());
        journal.info("Premier administrateur « {} » créé : il choisira son mot de passe à sa première connexion.",
                identifiant.get());
        return Optional.of(administrateur);
    }
}
