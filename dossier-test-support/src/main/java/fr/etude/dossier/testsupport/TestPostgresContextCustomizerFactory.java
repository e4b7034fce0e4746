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
 * none falls back to another database; a test marked {@link BaseDistincte} gets a database of its
 * own. Registered in {@code META-INF/spring.factories}. Equal customisations share Spring's context cache.
 */
public class TestPostgresContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        BaseDistincte distincte = testClass.getAnnotation(BaseDistincte.class);
        return new DataSourceCustomizer(distincte == null ? null : distincte.value());
    }

    /** @param base the database of its own a test asked for, or null for the shared one */
    private record DataSourceCustomizer(String base) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestPostgres.Connection connection = base == null ? TestPostgres.connection() : TestPostgres.connection(base);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testPostgres", Map.of(
                    "spring.datasource.url", connection.url(),
                    "spring.datasource.username", connection.username(),
                    "spring.datasource.password", connection.password())));
        }
    }
}
