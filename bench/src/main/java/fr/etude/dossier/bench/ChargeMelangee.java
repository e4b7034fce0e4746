package fr.etude.dossier.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A working office on the clerk's pages: N signed-in clerks, each on his own dossiers, opening Ma
 * journée, searching, opening dossiers, logging calls and recording payments through the real forms
 * (the form read first, then sent with its CSRF token and its version), with a pause of about
 * {@code pause} ms between two actions, as a clerk reading each page. Logs, per kind of request,
 * its count, its errors and its latencies, as a Markdown table.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar fr.etude.dossier.bench.ChargeMelangee http://localhost:8081 \
 *     jdbc:postgresql://localhost:54351/dossier postgres 50 300 1000
 * </pre>
 * Arguments: the application, its database and user, the number of clerks (clerc-001…, password
 * "demo"), the duration in seconds, the mean pause in milliseconds. The database is changed: run it
 * on a copy of the generated one if it must stay as generated.
 */
public final class ChargeMelangee {

    /** What a clerk does, and how often out of 100 actions. */
    enum Action {
        JOURNEE(30), RECHERCHE(20), DOSSIER(35), APPEL(10), PAIEMENT(5);

        final int poids;

        Action(int poids) {
            this.poids = poids;
        }
    }

    /** Each request measured, by its kind. */
    enum Requete {
        JOURNEE("Ma journée"), RECHERCHE("recherche"), DOSSIER("page du dossier"),
        FORMULAIRE_APPEL("formulaire d'appel"), CONSIGNER_APPEL("consigner l'appel (POST)"),
        FORMULAIRE_PAIEMENT("formulaire de paiement"), ENREGISTRER_PAIEMENT("enregistrer le paiement (POST)");

        final String libelle;

        Requete(String libelle) {
            this.libelle = libelle;
        }
    }

    private static final System.Logger JOURNAL = System.getLogger(ChargeMelangee.class.getName());
    private static final Pattern JETON = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<Requete, List<Long>> durees = new EnumMap<>(Requete.class);
    private final Map<Requete, AtomicInteger> erreurs = new EnumMap<>(Requete.class);
    private final Map<String, AtomicInteger> issues = new ConcurrentHashMap<>();

    private ChargeMelangee(String base) {
        this.base = base;
        for (Requete requete : Requete.values()) {
            durees.put(requete, Collections.synchronizedList(new ArrayList<>()));
            erreurs.put(requete, new AtomicInteger());
        }
    }

    public static void main(String[] arguments) throws Exception {
        String base = arguments[0];
        int clercs = Integer.parseInt(arguments[3]);
        long fin = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(arguments[4]));
        long pause = Long.parseLong(arguments[5]);
        ChargeMelangee charge = new ChargeMelangee(base);

        List<String> noms;
        Map<String, List<String>> dossiers = new LinkedHashMap<>();
        try (Connection donnees = DriverManager.getConnection(arguments[1], arguments[2], "")) {
            noms = noms(donnees);
            for (int rang = 1; rang <= clercs; rang++) {
                String identifiant = "clerc-%03d".formatted(rang);
                dossiers.put(identifiant, dossiersDe(donnees, identifiant));
            }
        }
        Map<String, String> sessions = new LinkedHashMap<>();
        for (String identifiant : dossiers.keySet()) {
            sessions.put(identifiant, charge.connecter(identifiant));
        }

        ExecutorService clercsAuTravail = Executors.newFixedThreadPool(clercs);
        for (String identifiant : dossiers.keySet()) {
            clercsAuTravail.submit(() -> charge.travailler(sessions.get(identifiant), dossiers.get(identifiant), noms, pause, fin));
        }
        clercsAuTravail.shutdown();
        clercsAuTravail.awaitTermination(1, TimeUnit.DAYS);
        JOURNAL.log(System.Logger.Level.INFO, "\n{0}", charge.rapport(Long.parseLong(arguments[4])));
    }

    private void travailler(String session, List<String> dossiers, List<String> noms, long pause, long fin) {
        while (System.nanoTime() < fin) {
            try {
                ThreadLocalRandom hasard = ThreadLocalRandom.current();
                String dossier = dossiers.get(hasard.nextInt(dossiers.size()));
                switch (action(hasard.nextInt(100))) {
                    case JOURNEE -> lire(session, Requete.JOURNEE, "/journee");
                    case RECHERCHE -> lire(session, Requete.RECHERCHE, "/recherche?q="
                            + URLEncoder.encode(noms.get(hasard.nextInt(noms.size())), StandardCharsets.UTF_8));
                    case DOSSIER -> lire(session, Requete.DOSSIER, "/dossiers/" + dossier);
                    case APPEL -> consignerUnAppel(session, dossier);
                    case PAIEMENT -> enregistrerUnPaiement(session, dossier);
                }
                Thread.sleep(pause / 2 + hasard.nextLong(pause + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                issues.computeIfAbsent("exception " + e.getClass().getSimpleName(), cle -> new AtomicInteger()).incrementAndGet();
            }
        }
    }

    private static Action action(int tirage) {
        int cumul = 0;
        for (Action action : Action.values()) {
            cumul += action.poids;
            if (tirage < cumul) {
                return action;
            }
        }
        throw new IllegalStateException("poids des actions");
    }

    /** A call logged yesterday (or on the last weekday) at 10:00, within the hours the contact policy allows. */
    private void consignerUnAppel(String session, String dossier) throws Exception {
        remplir(session, Requete.FORMULAIRE_APPEL, Requete.CONSIGNER_APPEL, "/dossiers/" + dossier + "/contacts", Map.of(
                "canal", "APPEL", "date", JOUR.format(dernierJourOuvre()), "heure", "10:00",
                "issue", "MESSAGERIE", "commentaire", "Mesure de charge", "prochaineType", "APPEL"));
    }

    private void enregistrerUnPaiement(String session, String dossier) throws Exception {
        remplir(session, Requete.FORMULAIRE_PAIEMENT, Requete.ENREGISTRER_PAIEMENT, "/dossiers/" + dossier + "/paiements", Map.of(
                "montant", "1,00", "date", JOUR.format(dernierJourOuvre()), "mode", "VIREMENT", "reference", "Mesure de charge"));
    }

    /** The form read at {@code chemin + "/nouveau"}, then sent to {@code chemin} with its token and the dossier's version. */
    private void remplir(String session, Requete lecture, Requete envoi, String chemin, Map<String, String> champs) throws Exception {
        String formulaire = lire(session, lecture, chemin + "/nouveau");
        if (formulaire == null) {
            return;
        }
        Map<String, String> rempli = new LinkedHashMap<>(champs);
        rempli.put("_csrf", extraire(JETON, formulaire));
        rempli.put("version", extraire(VERSION, formulaire));
        envoyer(session, envoi, chemin, rempli);
    }

    private static LocalDate dernierJourOuvre() {
        LocalDate jour = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1);
        while (jour.getDayOfWeek() == DayOfWeek.SATURDAY || jour.getDayOfWeek() == DayOfWeek.SUNDAY) {
            jour = jour.minusDays(1);
        }
        return jour;
    }

    /** The page's HTML, or null when it was not a 200 (counted as an error). */
    private String lire(String session, Requete requete, String chemin) throws Exception {
        HttpRequest demande = HttpRequest.newBuilder(URI.create(base + chemin)).header("Cookie", "SESSION=" + session).GET().build();
        long debut = System.nanoTime();
        HttpResponse<String> reponse = client.send(demande, HttpResponse.BodyHandlers.ofString());
        durees.get(requete).add(System.nanoTime() - debut);
        if (reponse.statusCode() != 200) {
            erreurs.get(requete).incrementAndGet();
            return null;
        }
        return reponse.body();
    }

    /** A form sent: a redirect is the write done; the form shown again (200) is a refusal, told apart; anything else an error. */
    private void envoyer(String session, Requete requete, String chemin, Map<String, String> champs) throws Exception {
        String corps = champs.entrySet().stream()
                .map(champ -> champ.getKey() + "=" + URLEncoder.encode(champ.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest demande = HttpRequest.newBuilder(URI.create(base + chemin)).header("Cookie", "SESSION=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(corps)).build();
        long debut = System.nanoTime();
        HttpResponse<String> reponse = client.send(demande, HttpResponse.BodyHandlers.ofString());
        durees.get(requete).add(System.nanoTime() - debut);
        switch (reponse.statusCode()) {
            case 302 -> issues.computeIfAbsent(requete.libelle + " : enregistré", cle -> new AtomicInteger()).incrementAndGet();
            case 200 -> issues.computeIfAbsent(requete.libelle + " : formulaire réaffiché (refus)", cle -> new AtomicInteger()).incrementAndGet();
            default -> erreurs.get(requete).incrementAndGet();
        }
    }

    /** Signs in through the form, as a browser: the sign-in page's token, then the credentials. */
    private String connecter(String identifiant) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/connexion")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String session = cookie(page);
        String corps = "identifiant=" + identifiant + "&motDePasse=demo&_csrf=" + URLEncoder.encode(extraire(JETON, page.body()), StandardCharsets.UTF_8);
        HttpResponse<String> connexion = client.send(HttpRequest.newBuilder(URI.create(base + "/connexion"))
                .header("Cookie", "SESSION=" + session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(corps)).build(), HttpResponse.BodyHandlers.ofString());
        if (connexion.statusCode() != 302 || !connexion.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new IllegalStateException("connexion refusée pour " + identifiant + " : " + connexion.statusCode());
        }
        return cookie(connexion);
    }

    private static String cookie(HttpResponse<?> reponse) {
        return reponse.headers().allValues("Set-Cookie").stream().filter(valeur -> valeur.startsWith("SESSION="))
                .map(valeur -> valeur.substring("SESSION=".length(), valeur.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("pas de cookie de session"));
    }

    private static String extraire(Pattern motif, String html) {
        Matcher trouve = motif.matcher(html);
        if (!trouve.find()) {
            throw new IllegalStateException("champ absent du formulaire : " + motif);
        }
        return trouve.group(1);
    }

    private static List<String> noms(Connection connexion) throws Exception {
        try (PreparedStatement requete = connexion.prepareStatement(
                "select lower(nom) from debiteur where nom ~ '^[A-Za-z]+$' order by md5(id::text) limit 500");
             ResultSet lignes = requete.executeQuery()) {
            List<String> noms = new ArrayList<>();
            while (lignes.next()) {
                noms.add(lignes.getString(1));
            }
            return noms;
        }
    }

    private static List<String> dossiersDe(Connection connexion, String identifiant) throws Exception {
        try (PreparedStatement requete = connexion.prepareStatement("""
                select d.id from dossier d join utilisateur u on u.id = d.gestionnaire_id
                 where u.identifiant = ? and d.statut = 'OUVERT' order by md5(d.id::text) limit 500""")) {
            requete.setString(1, identifiant);
            try (ResultSet lignes = requete.executeQuery()) {
                List<String> dossiers = new ArrayList<>();
                while (lignes.next()) {
                    dossiers.add(lignes.getString(1));
                }
                return dossiers;
            }
        }
    }

    /** The figures as a Markdown table, then how the forms' writes ended. */
    private String rapport(long secondes) {
        long total = durees.values().stream().mapToLong(List::size).sum();
        StringBuilder rapport = new StringBuilder("%d requêtes en %d s, %.1f par seconde%n%n".formatted(total, secondes,
                (double) total / secondes));
        rapport.append("| requête | nombre | erreurs | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) |\n|---|---|---|---|---|---|---|\n");
        List<Long> toutes = new ArrayList<>();
        for (Requete requete : Requete.values()) {
            List<Long> mesures = new ArrayList<>(durees.get(requete));
            toutes.addAll(mesures);
            rapport.append(ligne(requete.libelle, mesures, erreurs.get(requete).get()));
        }
        rapport.append(ligne("**toutes**", toutes, erreurs.values().stream().mapToInt(AtomicInteger::get).sum())).append('\n');
        issues.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(issue -> rapport.append("- ").append(issue.getKey()).append(" : ").append(issue.getValue()).append('\n'));
        return rapport.toString();
    }

    private static String ligne(String libelle, List<Long> mesures, int erreurs) {
        Collections.sort(mesures);
        return "| %s | %d | %d | %s | %s | %s | %s |%n".formatted(libelle, mesures.size(), erreurs,
                centile(mesures, 50), centile(mesures, 90), centile(mesures, 99), centile(mesures, 100));
    }

    private static String centile(List<Long> triees, int centile) {
        if (triees.isEmpty()) {
            return "—";
        }
        int rang = (int) Math.ceil(centile / 100.0 * triees.size()) - 1;
        return "%.1f".formatted(triees.get(Math.max(0, rang)) / 1_000_000.0);
    }
}
