package fr.etude.dossier.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import fr.etude.dossier.web.ClientHttp;

/**
 * A clerk who opens many tabs at once right after signing in: every page of the same session is
 * served, none is a server error. (The first pages of a session all create its CSRF token at the
 * same moment; the session's attributes in PostgreSQL must take concurrent writes.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class PagesEnParalleleTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pagesOpenedAllAtOnceRightAfterSigningInAreAllServed() throws Exception {
        ClientHttp client = new ClientHttp(port);
        List<String> dossiers = jdbc.queryForList("select id::text from dossier order by id limit 6", String.class);
        List<String> pages = new ArrayList<>(List.of("/journee", "/recherche?q=ma"));
        dossiers.forEach(dossier -> pages.add("/dossiers/" + dossier));
        String session = client.connecter("clerc");

        List<Callable<Integer>> chargements = new ArrayList<>();
        for (int onglet = 0; onglet < 64; onglet++) {
            String page = pages.get(onglet % pages.size());
            chargements.add(() -> client.get(page, session).statusCode());
        }
        ExecutorService onglets = Executors.newFixedThreadPool(16);
        List<Integer> statuts = new ArrayList<>();
        try {
            for (Future<Integer> chargement : onglets.invokeAll(chargements)) {
                statuts.add(chargement.get());
            }
        } finally {
            onglets.shutdown();
        }

        assertThat(statuts).hasSize(64).allSatisfy(statut -> assertThat(statut).isEqualTo(200));
    }
}
