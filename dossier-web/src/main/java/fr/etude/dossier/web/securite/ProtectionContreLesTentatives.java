package fr.etude.dossier.web.securite;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import fr.etude.dossier.core.utilisateur.PolitiqueDeBlocage;
import fr.etude.dossier.core.utilisateur.Utilisateurs;

/** Counts failed sign-ins in the database (shared by every instance) and blocks per the policy. */
@Component
class ProtectionContreLesTentatives {

    private final Utilisateurs utilisateurs;
    private final PolitiqueDeBlocage politique;
    private final Clock horloge;

    ProtectionContreLesTentatives(Utilisateurs utilisateurs, SecuriteProperties proprietes, Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.politique = new PolitiqueDeBlocage(proprietes.echecsAvantBlocage(), proprietes.dureeBlocage());
        this.horloge = horloge;
    }

    @EventListener
    void echec(AuthenticationFailureBadCredentialsEvent event) {
        utilisateurs.enregistrerEchec(event.getAuthentication().getName(), politique, horloge.instant());
    }

    @EventListener
    void succes(AuthenticationSuccessEvent event) {
        utilisateurs.enregistrerSucces(event.getAuthentication().getName());
    }
}
