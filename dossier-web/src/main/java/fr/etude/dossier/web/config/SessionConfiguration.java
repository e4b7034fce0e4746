package fr.etude.dossier.web.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL (Spring Session JDBC, set up by Spring Boot). Pages of one session loaded
 * in parallel each create the attributes the session lacks (the CSRF token, right after sign-in):
 * with plain inserts all but the first failed on the primary key and the user got a 500. The
 * PostgreSQL customizer writes attributes with an upsert, so the last write wins.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionsPostgreSql() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
