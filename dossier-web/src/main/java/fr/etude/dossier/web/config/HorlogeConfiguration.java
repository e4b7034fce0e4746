package fr.etude.dossier.web.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The office works in Paris time: "today" and contact hours are Europe/Paris, whatever the server. */
@Configuration(proxyBeanMethods = false)
class HorlogeConfiguration {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Bean
    Clock horloge() {
        return Clock.system(PARIS);
    }
}
