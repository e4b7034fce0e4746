package fr.etude.dossier.web.securite;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

import fr.etude.dossier.core.utilisateur.FreinageDesConnexions;
import fr.etude.dossier.core.utilisateur.TentativesDeConnexion;
import fr.etude.dossier.core.utilisateur.Utilisateurs;

/**
 * The one way to sign in: the throttle, then the password, then the account's state. Published as
 * the AuthenticationManager, so that neither Spring Boot nor Spring Security builds another one
 * around the users without the throttle.
 */
@Configuration(proxyBeanMethods = false)
class AuthentificationConfiguration {

    /** The throttling rules, one object for the sign-in, the nightly clean-up and the administrator's list. */
    @Bean
    FreinageDesConnexions freinageDesConnexions(SecuriteProperties proprietes) {
        return proprietes.freinage();
    }

    @Bean
    AuthenticationManager authenticationManager(Utilisateurs utilisateurs, PasswordEncoder encodeur,
                                                TentativesDeConnexion tentatives, FreinageDesConnexions freinage,
                                                Clock horloge) {
        DaoAuthenticationProvider verification = new DaoAuthenticationProvider(new ServiceUtilisateursConnectes(utilisateurs));
        verification.setPasswordEncoder(encodeur);
        // Spring checks a disabled account before the password by default: anyone could then tell
        // a disabled login from a wrong password. Its state is checked once the password is right.
        verification.setPreAuthenticationChecks(compte -> { });
        verification.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ProviderManager(new ProtectionContreLesTentatives(verification, tentatives, freinage,
                horloge));
    }
}
