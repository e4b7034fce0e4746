package fr.etude.dossier.web.securite;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import fr.etude.dossier.core.utilisateur.Utilisateurs;

/** Not a bean: only the sign-in of {@link AuthentificationConfiguration} may use it, behind the throttle. */
class ServiceUtilisateursConnectes implements UserDetailsService {

    private final Utilisateurs utilisateurs;

    ServiceUtilisateursConnectes(Utilisateurs utilisateurs) {
        this.utilisateurs = utilisateurs;
    }

    @Override
    public UserDetails loadUserByUsername(String identifiant) {
        return utilisateurs.pourConnexion(identifiant)
                .map(identification -> new UtilisateurConnecte(identification.utilisateur(),
                        identification.motDePasseHache(), identification.motDePasseAChanger()))
                .orElseThrow(() -> new UsernameNotFoundException("Identifiant inconnu"));
    }
}
