package fr.etude.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Talks to the application on its real port, as a browser would but without one: for what MockMvc
 * does not do (forwards, error pages, a real container's concurrency). Carries the session cookie
 * by hand, so that each test says which session a request belongs to.
 */
public final class ClientHttp {

    private static final Pattern JETON = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    public ClientHttp(int port) {
        this.port = port;
    }

    public String url(String chemin) {
        return "http://localhost:" + port + chemin;
    }

    /** Signs in through the sign-in form. @return the value of the new session's cookie */
    public String connecter(String identifiant) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/connexion", null);
        String anonyme = session(page);
        HttpResponse<String> connexion = post("/connexion", anonyme, Map.of(
                "identifiant", identifiant, "motDePasse", "demo", "_csrf", jeton(page)), Map.of());
        assertThat(connexion.headers().firstValue("Location")).hasValueSatisfying(lieu -> assertThat(lieu).endsWith("/"));
        return session(connexion);
    }

    public HttpResponse<String> get(String chemin, String session) throws IOException, InterruptedException {
        HttpRequest.Builder requete = page(chemin);
        if (session != null) {
            requete.header("Cookie", "SESSION=" + session);
        }
        return client.send(requete.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String chemin, String session, Map<String, String> champs, Map<String, String> entetes)
            throws IOException, InterruptedException {
        HttpRequest.Builder requete = page(chemin).header("Content-Type", "application/x-www-form-urlencoded");
        if (session != null) {
            requete.header("Cookie", "SESSION=" + session);
        }
        entetes.forEach(requete::header);
        String corps = new LinkedHashMap<>(champs).entrySet().stream()
                .map(champ -> encoder(champ.getKey()) + "=" + encoder(champ.getValue()))
                .collect(Collectors.joining("&"));
        return client.send(requete.POST(HttpRequest.BodyPublishers.ofString(corps)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Asks for HTML, as a browser does: error pages answer other clients in JSON. */
    private HttpRequest.Builder page(String chemin) {
        return HttpRequest.newBuilder(URI.create(url(chemin))).timeout(Duration.ofSeconds(60)).header("Accept", "text/html");
    }

    /** The CSRF token of the first form of a page. */
    public static String jeton(HttpResponse<String> page) {
        Matcher jeton = JETON.matcher(page.body());
        assertThat(jeton.find()).as("a form with a CSRF token").isTrue();
        return jeton.group(1);
    }

    /** The session cookie the response sets. */
    public static String session(HttpResponse<String> reponse) {
        return reponse.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(cookie -> cookie.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + reponse.headers().map()));
    }

    private static String encoder(String texte) {
        return URLEncoder.encode(texte, StandardCharsets.UTF_8);
    }
}
