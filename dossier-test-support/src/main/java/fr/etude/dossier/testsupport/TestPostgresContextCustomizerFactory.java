package fr.etude.dossier.testsupport;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at {@link TestPostgres}, so that no test can forget to, and
 * none falls back to another database. Registered in {@code META-INF/spring.factories}.
 */
public class TestPostgresContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new DataSourceCustomizer();
    }

    private static final class DataSourceCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestPostgres.Connection connection = TestPostgres.connection();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testPostgres", Map.of(
                    "spring.datasource.url", connection.url(),
                    "spring.datasource.username", connection.username(),
                    "spring.datasource.password", connection.password())));
        }

        // Every instance is the same customisation: equal, so that Spring's context cache is shared.
        @Override
        public boolean equals(Object other) {
            return other instanceof DataSourceCustomizer;
        }

        @Override
        public int hashCode() {
            return DataSourceCustomizer.class.hashCode();
        }
    }
}
