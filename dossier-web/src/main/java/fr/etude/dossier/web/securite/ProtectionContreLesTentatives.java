package fr.etude.dossier.web.securite;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import fr.etude.dossier.core.utilisateur.FreinageDesConnexions;
import fr.etude.dossier.core.utilisateur.TentativesDeConnexion;

/**
 * Puts the throttle in front of the password check: an attempt that must wait is refused without
 * looking at the password, with the same answer as a wrong one. Counts go to the database, so
 * that every instance shares them.
 */
class ProtectionContreLesTentatives implements AuthenticationProvider {

    private final AuthenticationProvider verification;
    private final TentativesDeConnexion tentatives;
    private final FreinageDesConnexions freinage;
    private final Clock horloge;

    ProtectionContreLesTentatives(AuthenticationProvider verification, TentativesDeConnexion tentatives,
                                  FreinageDesConnexions freinage, Clock horloge) {
        this.verification = verification;
        this.tentatives = tentatives;
        this.freinage = freinage;
        this.horloge = horloge;
    }

    @Override
    public Authentication authenticate(Authentication demande) {
        String identifiant = demande.getName();
        String adresse = adresse(demande);
        Instant maintenant = horloge.instant();
        if (!tentatives.admettre(identifiant, adresse, freinage, maintenant).admise()) {
            throw new BadCredentialsException("Tentative différée");
        }
        // The attempt is already counted as failed: a wrong password, an unknown login or a
        // disabled account need nothing more, and all get the same answer.
        Authentication authentifie = verification.authenticate(demande);
        tentatives.reussie(identifiant, adresse, maintenant);
        return authentifie;
    }

    /**
     * The address the connection comes from, as the servlet container sees it. X-Forwarded-For is
     * not read: anyone can write it. Behind a reverse proxy, set server.forward-headers-strategy
     * (and the container's trusted proxies) so that this is the client's address, not the proxy's.
     */
    private static String adresse(Authentication demande) {
        return demande.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
