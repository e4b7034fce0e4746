package fr.etude.dossier.web.config;

import java.time.Duration;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.util.unit.DataSize;

/**
 * Sessions in PostgreSQL (Spring Session JDBC, set up by Spring Boot), written only when they change.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /**
     * Pages of one session loaded in parallel each create the attributes the session lacks (the CSRF
     * token, right after sign-in): with plain inserts all but the first failed on the primary key and
     * the user got a 500. The PostgreSQL customizer writes attributes with an upsert, so the last write wins.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionsPostgreSql() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Spring Boot steps back if the application declares a repository of its own, so Spring Boot's
     * is kept and wrapped once built.
     */
    @Bean
    static BeanPostProcessor sessionsEcritesAuBesoin(@Value("${dossier.session.pas-du-dernier-acces}") Duration pas) {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings("unchecked")
            public Object postProcessAfterInitialization(Object bean, String nom) {
                return bean instanceof JdbcIndexedSessionRepository sessions
                        ? new SessionsEcritesAuBesoin<>((SessionRepository<Session>) (SessionRepository<?>) sessions, pas)
                        : bean;
            }
        };
    }

    /** Placed inside Spring Session's filter, so that it sees the page sent only when the request ends. */
    @Bean
    FilterRegistrationBean<Filter> reponsesRetenues(@Value("${dossier.pages.tampon}") DataSize tampon) {
        int taille = Math.toIntExact(tampon.toBytes());
        FilterRegistrationBean<Filter> enregistrement = new FilterRegistrationBean<>((requete, reponse, suite) ->
                suite.doFilter(requete, reponse instanceof HttpServletResponse http ? new ReponseRetenue(http, taille) : reponse));
        enregistrement.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return enregistrement;
    }
}
