package fr.etude.dossier.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

import fr.etude.dossier.core.dossier.ListesDeDossiers;

/**
 * The application starts without its web layer, as the data generator runs it ("Fill a database for
 * benchmarks" in the README): no bean of the pages may need one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "spring.main.web-application-type=none")
@ActiveProfiles("demo")
@DirtiesContext // a context no other class shares: closed at once
class DemarrageSansLeWebTest {

    @Autowired
    ApplicationContext contexte;

    @Test
    void theApplicationStartsWithoutItsWebLayerAndReachesItsData() {
        assertThat(contexte).isNotInstanceOf(WebApplicationContext.class);
        assertThat(contexte.getBean(ListesDeDossiers.class)).isNotNull();
    }
}
