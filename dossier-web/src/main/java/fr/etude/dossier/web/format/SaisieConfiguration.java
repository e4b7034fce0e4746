package fr.etude.dossier.web.format;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** French amounts, dates and times, read and printed the same way by every form and parameter. */
@Configuration(proxyBeanMethods = false)
class SaisieConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        FormatsFrancais.enregistrer(registry);
    }
}
