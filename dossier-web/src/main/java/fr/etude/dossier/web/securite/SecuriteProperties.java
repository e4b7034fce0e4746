package fr.etude.dossier.web.securite;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import fr.etude.dossier.core.utilisateur.FreinageDesConnexions;
import fr.etude.dossier.core.utilisateur.RegleDeFreinage;

/**
 * Sign-in throttling: the three rules of {@link FreinageDesConnexions} and how long failures are
 * remembered. The figures, and why, are in application.properties.
 */
@ConfigurationProperties("dossier.securite.connexion")
record SecuriteProperties(RegleDeFreinage paire, RegleDeFreinage adresse, RegleDeFreinage identifiant,
                          Duration oubli) {

    FreinageDesConnexions freinage() {
        return new FreinageDesConnexions(paire, adresse, identifiant, oubli);
    }
}
