package fr.etude.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ApplicationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void runsOnPostgresqlWithTheMigrationsApplied() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from dossier", Integer.class)).isGreaterThanOrEqualTo(400);
    }

    @Test
    void theDemoDataIsLoadedOnlyOnce() throws Exception {
        int avant = jdbc.queryForObject("select count(*) from dossier", Integer.class);
        org.springframework.beans.factory.SmartInitializingSingleton chargeur = applicationContext
                .getBean("donneesDeDemonstration", org.springframework.beans.factory.SmartInitializingSingleton.class);

        chargeur.afterSingletonsInstantiated();

        assertThat(jdbc.queryForObject("select count(*) from dossier", Integer.class)).isEqualTo(avant);
    }

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    @Test
    void healthIsPublicAndReportsUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void assetsComeFromWebJarsNotFromACdn() throws Exception {
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
    }

    @Test
    void anAdministratorReadsThePrometheusMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hikaricp_connections")));
    }

    @Test
    void anUnknownAddressGetsAFrenchPage() throws Exception {
        mvc.perform(get("/connexion/nulle-part").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSignInPageIsInFrench() throws Exception {
        mvc.perform(get("/connexion"))
                .andExpect(content().string(containsString("lang=\"fr\"")))
                .andExpect(content().string(containsString("Mot de passe")));
    }
}
