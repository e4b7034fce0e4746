package fr.etude.dossier.web.situation;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.debiteur.ResteAVivre;

/** The reste-à-vivre scale from configuration (figures and sources in application.properties). */
@Configuration(proxyBeanMethods = false)
class ResteAVivreConfiguration {

    @Bean
    ResteAVivre resteAVivre(@Value("${dossier.reste-a-vivre.forfait-personne-seule}") BigDecimal forfait,
                            @Value("${dossier.reste-a-vivre.coefficients}") List<BigDecimal> coefficients,
                            @Value("${dossier.reste-a-vivre.par-personne-supplementaire}") BigDecimal parPersonne) {
        return new ResteAVivre(Montant.of(forfait), coefficients, parPersonne);
    }
}
