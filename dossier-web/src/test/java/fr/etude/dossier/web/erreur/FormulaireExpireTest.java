package fr.etude.dossier.web.erreur;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.HtmlUtils;

import fr.etude.dossier.web.ClientHttp;

/**
 * A form sent with a stale or missing CSRF token (page left open, session ended) says so in
 * French, says nothing was saved and offers to reload its page. Against the real server: the page
 * is reached by a forward, which MockMvc does not perform.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class FormulaireExpireTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFormWithAStaleTokenSaysItExpiredNothingWasSavedAndOffersToReloadItsPage() throws Exception {
        ClientHttp client = new ClientHttp(port);
        String session = client.connecter("clerc");
        String dossier = unDossier();
        int notes = notes(dossier);

        HttpResponse<String> reponse = client.post("/dossiers/" + dossier + "/notes", session,
                Map.of("texte", "Rappeler lundi", "version", "0", "_csrf", "jeton-d-hier"),
                Map.of("Referer", client.url("/dossiers/" + dossier + "?au=20%2F11%2F2026")));

        assertThat(reponse.statusCode()).isEqualTo(403);
        assertThat(texte(reponse)).contains("Le formulaire a expiré", "rien n'a été enregistré", "Recharger la page")
                .doesNotContain("pas accessible avec votre profil");
        assertThat(reponse.body()).contains("href=\"/dossiers/" + dossier + "?au=20%2F11%2F2026\"");
        assertThat(notes(dossier)).isEqualTo(notes);
    }

    @Test
    void aFormSentAfterTheSessionEndedSaysItExpired() throws Exception {
        ClientHttp client = new ClientHttp(port);

        HttpResponse<String> reponse = client.post("/dossiers/" + unDossier() + "/notes", "session-terminee",
                Map.of("texte", "Rappeler lundi", "version", "0", "_csrf", "jeton-d-hier"), Map.of());

        assertThat(reponse.statusCode()).isEqualTo(403);
        assertThat(texte(reponse)).contains("Le formulaire a expiré");
        assertThat(reponse.body()).contains("href=\"/\"");
    }

    @Test
    void theReloadLinkNeverLeadsToAnotherSite() throws Exception {
        ClientHttp client = new ClientHttp(port);
        String session = client.connecter("clerc");

        HttpResponse<String> reponse = client.post("/deconnexion", session, Map.of("_csrf", "faux"),
                Map.of("Referer", "https://ailleurs.example/dossiers"));

        assertThat(reponse.statusCode()).isEqualTo(403);
        assertThat(reponse.body()).contains("data-test=\"recharger\" href=\"/\"");
        assertThat(client.get("/journee", session).statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void anotherRolesPageKeepsTheAccessDeniedPage() throws Exception {
        ClientHttp client = new ClientHttp(port);
        String session = client.connecter("creancier");

        HttpResponse<String> reponse = client.get("/journee", session);

        assertThat(reponse.statusCode()).isEqualTo(403);
        assertThat(texte(reponse)).contains("Cette page n'est pas accessible avec votre profil.")
                .doesNotContain("Le formulaire a expiré");
    }

    private String unDossier() {
        return jdbc.queryForObject("select id::text from dossier order by id limit 1", String.class);
    }

    private int notes(String dossier) {
        return jdbc.queryForObject("select count(*) from evenement where dossier_id = ?::uuid", Integer.class, dossier);
    }

    private static String texte(HttpResponse<String> reponse) {
        return HtmlUtils.htmlUnescape(reponse.body());
    }
}
