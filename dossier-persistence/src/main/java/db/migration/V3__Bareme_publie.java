package db.migration;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import fr.etude.dossier.core.taux.BaremePublie;

/**
 * Seeds the rate tables from the published figures that ship with the domain (one source of
 * truth: the CSV files next to {@link BaremePublie}); the administrator extends them afterwards.
 */
public class V3__Bareme_publie extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        charger(context, "taux-interet-legal.csv",
                "insert into taux_interet_legal (debut, fin, taux_particulier, taux_autres_cas, source) values (?, ?, ?, ?, ?)",
                5);
        charger(context, "taux-bce-refinancement.csv",
                "insert into taux_refinancement_bce (debut, fin, taux, source) values (?, ?, ?, ?)", 4);
    }

    private static void charger(Context context, String fichier, String sql, int colonnes) throws Exception {
        try (InputStream flux = BaremePublie.class.getResourceAsStream(fichier);
             BufferedReader lecteur = new BufferedReader(new InputStreamReader(flux, StandardCharsets.UTF_8));
             PreparedStatement insertion = context.getConnection().prepareStatement(sql)) {
            lecteur.readLine();
            String ligne;
            while ((ligne = lecteur.readLine()) != null) {
                if (ligne.isBlank()) {
                    continue;
                }
                String[] valeurs = ligne.split(",", -1);
                insertion.setDate(1, Date.valueOf(valeurs[0]));
                insertion.setDate(2, Date.valueOf(valeurs[1]));
                insertion.setBigDecimal(3, new java.math.BigDecimal(valeurs[2]));
                if (colonnes == 5) {
                    insertion.setBigDecimal(4, new java.math.BigDecimal(valeurs[3]));
                    insertion.setString(5, String.join(",", java.util.Arrays.copyOfRange(valeurs, 4, valeurs.length)));
                } else {
                    // The BCE file's 4th column (rate + 10 points) is derived, not stored.
                    insertion.setString(4, String.join(",", java.util.Arrays.copyOfRange(valeurs, 4, valeurs.length)));
                }
                insertion.addBatch();
            }
            insertion.executeBatch();
        }
    }
}
