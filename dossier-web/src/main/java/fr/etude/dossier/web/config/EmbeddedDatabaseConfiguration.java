package fr.etude.dossier.web.config;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import com.zaxxer.hikari.HikariDataSource;

import fr.etude.dossier.embeddedpg.EmbeddedPostgres;

/**
 * With no {@code spring.datasource.url}, the application runs its own PostgreSQL, whose data lives
 * in a local folder and survives restarts: one command starts the whole thing on a fresh machine.
 * With a URL (docker-compose, an office's server), this configuration stays out of the way.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) {
        return EmbeddedPostgres.builder()
                .dataDirectory(properties.dataDirectory())
                .port(properties.port())
                .start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.ensureDatabase("dossier"));
        dataSource.setUsername(postgres.superuser());
        dataSource.setPoolName("dossier-embedded");
        return dataSource;
    }

    @ConfigurationProperties("dossier.embedded-postgres")
    record EmbeddedPostgresProperties(@DefaultValue(".data/postgres") Path dataDirectory,
                                      @DefaultValue("54329") int port) {
    }

    static class NoDataSourceUrl implements org.springframework.context.annotation.Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }
}
