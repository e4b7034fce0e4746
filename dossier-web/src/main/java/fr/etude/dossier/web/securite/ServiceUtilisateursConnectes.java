package fr.etude.dossier.web.securite;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import fr.etude.dossier.core.utilisateur.Utilisateurs;

@Service
class ServiceUtilisateursConnectes implements UserDetailsService {

    private final Utilisateurs utilisateurs;
    private final Clock horloge;

    ServiceUtilisateursConnectes(Utilisateurs utilisateurs, Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.horloge = horloge;
    }

    @Override
    public UserDetails loadUserByUsername(String identifiant) {
        return utilisateurs.pourConnexion(identifiant)
                .map(identification -> new UtilisateurConnecte(identification.utilisateur(),
                        identification.motDePasseHache(), horloge.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("Identifiant inconnu"));
    }
}
