package fr.etude.dossier.persistence.copie;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for several tables, written with PostgreSQL's COPY (tens of times faster than inserts).
 * Tables are copied in the order given, parents first, so that every foreign key already points at
 * a row.
 */
public final class LotDeCopie {

    private final Map<String, StringBuilder> tables = new LinkedHashMap<>();

    /** {@code tables}: each one's name and columns, as in {@code "dossier (id, reference)"}, parents first. */
    public LotDeCopie(String... tables) {
        for (String table : tables) {
            this.tables.put(table, new StringBuilder(1 << 16));
        }
    }

    /** A row of one of the lot's tables; null is SQL null. */
    public void ligne(String table, Object... valeurs) {
        StringBuilder texte = tables.get(table);
        if (texte == null) {
            throw new IllegalArgumentException("Table absente du lot : " + table);
        }
        for (int i = 0; i < valeurs.length; i++) {
            if (i > 0) {
                texte.append(',');
            }
            Object valeur = valeurs[i];
            if (valeur == null) {
                continue;
            }
            if (valeur instanceof String chaine) {
                texte.append('"').append(chaine.replace("\"", "\"\"")).append('"');
            } else {
                texte.append(valeur instanceof BigDecimal nombre ? nombre.toPlainString() : valeur.toString());
            }
        }
        texte.append('\n');
    }


    /** Copies every row in the connection's transaction, and empties the lot for the next rows. */
    public void copier(Connection connexion) throws SQLException {
        var copie = connexion.unwrap(PGConnection.class).getCopyAPI();
        for (Map.Entry<String, StringBuilder> table : tables.entrySet()) {
            if (table.getValue().isEmpty()) {
                continue;
            }
            byte[] octets = table.getValue().toString().getBytes(StandardCharsets.UTF_8);
            CopyIn flux = copie.copyIn("COPY " + table.getKey() + " FROM STDIN WITH (FORMAT csv)");
            try {
                flux.writeToCopy(octets, 0, octets.length);
                flux.endCopy();
            } finally {
                if (flux.isActive()) {
                    flux.cancelCopy();
                }
            }
            table.getValue().setLength(0);
        }
    }
}
