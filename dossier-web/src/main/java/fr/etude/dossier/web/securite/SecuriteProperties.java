package fr.etude.dossier.web.securite;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Sign-in throttling: how many failures in a row block an account, and for how long. */
@ConfigurationProperties("dossier.securite")
record SecuriteProperties(@DefaultValue("5") int echecsAvantBlocage, @DefaultValue("15m") Duration dureeBlocage) {
}
