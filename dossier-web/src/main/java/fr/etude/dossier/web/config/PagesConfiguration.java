package fr.etude.dossier.web.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pages' template engine reads the application's values with an accessor that keeps its lookups. */
@Configuration(proxyBeanMethods = false)
class PagesConfiguration {

    @Bean
    static DialecteDesPages.Installation dialecteDesPages() {
        return new DialecteDesPages.Installation();
    }
}
