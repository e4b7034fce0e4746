package fr.etude.dossier.web.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The office works in Paris time: "today" and contact hours are Europe/Paris, whatever the server.
 * {@code dossier.horloge.fixe} stops the clock at an instant, so that tests never depend on the real
 * day (the test suite sets it; an office never does).
 */
@Configuration(proxyBeanMethods = false)
class HorlogeConfiguration {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Bean
    Clock horloge(@Value("${dossier.horloge.fixe:}") String fixe) {
        return fixe.isBlank() ? Clock.system(PARIS) : Clock.fixed(Instant.parse(fixe), PARIS);
    }
}
