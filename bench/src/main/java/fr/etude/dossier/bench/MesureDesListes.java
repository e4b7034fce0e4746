package fr.etude.dossier.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.etude.dossier.core.dossier.FiltreDeJournee;
import fr.etude.dossier.persistence.dossier.RequetesDesListes;

/**
 * Times each list query at the database (PostgreSQL's own "Execution Time" of EXPLAIN ANALYZE),
 * first page and a page deep in the list, and shows whether the plan uses the indexes.
 *
 * <pre>java -cp bench/target/benchmarks.jar fr.etude.dossier.bench.MesureDesListes jdbc:postgresql://localhost:54341/dossier postgres 60 mesures.md</pre>
 *
 * The Markdown table goes to the file named last (default {@code target/mesure-des-listes.md}).
 */
public final class MesureDesListes {

    private static final Pattern DUREE = Pattern.compile("\"Execution Time\": ([0-9.]+)");
    private static final System.Logger JOURNAL = System.getLogger(MesureDesListes.class.getName());

    private MesureDesListes() {
    }

    public static void main(String[] arguments) throws java.io.IOException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(arguments[0]);
        source.setUser(arguments.length > 1 ? arguments[1] : "postgres");
        int tours = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 60;
        java.nio.file.Path rapport = java.nio.file.Path.of(arguments.length > 3 ? arguments[3] : "target/mesure-des-listes.md");
        JdbcClient jdbc = JdbcClient.create(source);

        long dossiers = jdbc.sql("select count(*) from dossier").query(Long.class).single();
        long evenements = jdbc.sql("select count(*) from evenement").query(Long.class).single();
        UUID clerc = jdbc.sql("select gestionnaire_id from dossier where gestionnaire_id is not null group by 1 order by count(*) desc limit 1")
                .query(UUID.class).single();
        UUID creancier = jdbc.sql("select creancier_id from dossier group by 1 order by count(*) desc limit 1")
                .query(UUID.class).single();
        LocalDate jour = LocalDate.now();
        // A page deep in each list: page 21 (or the middle of a shorter list).
        long aFaire = jdbc.sql("select count(*) from dossier where gestionnaire_id = :g and statut = 'OUVERT' and prochaine_action_le <= :j")
                .param("g", clerc).param("j", jour).query(Long.class).single();
        long chezLeCreancier = jdbc.sql("select count(*) from dossier where creancier_id = :c").param("c", creancier)
                .query(Long.class).single();
        Map<String, Object> curseurJournee = jdbc.sql(RequetesDesListes.journee(false, FiltreDeJournee.AUCUN).replace("limit :limite",
                        "offset " + Math.min(1000, aFaire / 2) + " limit 1"))
                .param("gestionnaire", clerc).param("jour", jour).param("alerte", jour.plusMonths(6)).query().singleRow();
        String referenceProfonde = jdbc.sql(RequetesDesListes.duCreancier(false).replace("limit :limite",
                        "offset " + Math.min(5000, chezLeCreancier / 2) + " limit 1"))
                .param("creancier", creancier).query().singleRow().get("reference").toString();
        String telephone = jdbc.sql("select telephone from debiteur where telephone is not null limit 1").query(String.class).single();
        String reference = jdbc.sql("select reference from dossier order by reference desc limit 1").query(String.class).single();

        Map<String, Mesure> mesures = new LinkedHashMap<>();
        mesures.put("Ma journée, 1re page", new Mesure(RequetesDesListes.journee(false, FiltreDeJournee.AUCUN),
                Map.of("gestionnaire", clerc, "jour", jour, "alerte", jour.plusMonths(6), "limite", 51)));
        mesures.put("Ma journée, page profonde (≤ 21)", new Mesure(RequetesDesListes.journee(true, FiltreDeJournee.AUCUN),
                Map.of("gestionnaire", clerc, "jour", jour, "alerte", jour.plusMonths(6), "limite", 51,
                        "priorite", curseurJournee.get("priorite"), "date", curseurJournee.get("prochaine_action_le"),
                        "solde", curseurJournee.get("solde"), "id", curseurJournee.get("id"))));
        mesures.put("Ma journée, compteurs des filtres", new Mesure(RequetesDesListes.groupesDeLaJournee(FiltreDeJournee.AUCUN),
                Map.of("gestionnaire", clerc, "jour", jour, "alerte", jour.plusMonths(6))));
        mesures.put("Portefeuille créancier, 1re page", new Mesure(RequetesDesListes.duCreancier(false),
                Map.of("creancier", creancier, "limite", 51)));
        mesures.put("Portefeuille créancier, page profonde (≤ 101)", new Mesure(RequetesDesListes.duCreancier(true),
                Map.of("creancier", creancier, "limite", 51, "reference", referenceProfonde)));
        mesures.put("Recherche « lefevre »", new Mesure(RequetesDesListes.parNom(false), Map.of("nom", "lefevre", "limite", 50)));
        mesures.put("Recherche « dupont marie »", new Mesure(RequetesDesListes.parNom(false),
                Map.of("nom", "dupont marie", "limite", 50)));
        mesures.put("Recherche « lefevre » (un créancier)", new Mesure(RequetesDesListes.parNom(true),
                Map.of("nom", "lefevre", "creancier", creancier, "limite", 50)));
        mesures.put("Recherche par téléphone", new Mesure(RequetesDesListes.parCoordonnee("db.telephone", false),
                Map.of("valeur", telephone, "limite", 50)));
        mesures.put("Recherche par référence", new Mesure(RequetesDesListes.parReference(false),
                Map.of("reference", reference.substring(0, 9) + "%", "limite", 50)));

        StringBuilder tableau = new StringBuilder(String.format("%d dossiers, %d événements, %d tours par requête%n%n"
                + "| requête | médiane (ms) | p95 (ms) | plan |%n|---|---|---|---|%n", dossiers, evenements, tours));
        for (Map.Entry<String, Mesure> entree : mesures.entrySet()) {
            Mesure mesure = entree.getValue();
            List<Double> durees = new ArrayList<>();
            for (int tour = 0; tour < tours + 5; tour++) {
                String json = String.join("\n", jdbc.sql("explain (analyze, format json) " + mesure.sql())
                        .params(mesure.parametres()).query(String.class).list());
                Matcher duree = DUREE.matcher(json);
                if (duree.find() && tour >= 5) {
                    durees.add(Double.parseDouble(duree.group(1)));
                }
            }
            durees.sort(null);
            String plan = String.join("\n", jdbc.sql("explain " + mesure.sql()).params(mesure.parametres())
                    .query(String.class).list());
            tableau.append(String.format("| %s | %.2f | %.2f | %s |%n", entree.getKey(), durees.get(durees.size() / 2),
                    durees.get((int) Math.ceil(durees.size() * 0.95) - 1), resume(plan)));
            JOURNAL.log(System.Logger.Level.INFO, "Mesuré : {0}", entree.getKey());
        }
        if (rapport.getParent() != null) {
            java.nio.file.Files.createDirectories(rapport.getParent());
        }
        java.nio.file.Files.writeString(rapport, tableau);
        JOURNAL.log(System.Logger.Level.INFO, "Tableau écrit dans {0}", rapport.toAbsolutePath());
    }

    /** The scans of the plan, in one line: which index on which table, or a sequential scan. */
    private static String resume(String plan) {
        List<String> parcours = new ArrayList<>();
        Matcher ligne = Pattern.compile("(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan)( Backward)? (?:using (\\w+) )?on (\\w+)")
                .matcher(plan);
        while (ligne.find()) {
            String texte = ligne.group(1) + (ligne.group(3) != null ? " " + ligne.group(3) : " " + ligne.group(4));
            if (!parcours.contains(texte)) {
                parcours.add(texte);
            }
        }
        Matcher bitmap = Pattern.compile("Bitmap Index Scan on (\\w+)").matcher(plan);
        while (bitmap.find()) {
            String texte = "Bitmap Index Scan " + bitmap.group(1);
            if (!parcours.contains(texte)) {
                parcours.add(texte);
            }
        }
        return String.join(", ", parcours);
    }

    private record Mesure(String sql, Map<String, ?> parametres) {
    }
}
