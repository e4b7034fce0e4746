package fr.etude.dossier.web.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.etude.dossier.core.argent.Montant;

/**
 * A CSV file that a French spreadsheet opens cleanly: UTF-8 with its byte-order mark, ';' between
 * cells, decimal comma, CRLF. A cell that a spreadsheet would take for a formula (starting with =,
 * +, -, @, a tab or a carriage return) is written as text, with a leading apostrophe.
 */
public final class TableurFrancais implements AutoCloseable {

    private static final char MARQUE_D_ORDRE = '\uFEFF';

    private final CSVPrinter imprimante;

    public TableurFrancais(OutputStream sortie, String... entetes) throws IOException {
        Writer ecrivain = new OutputStreamWriter(sortie, StandardCharsets.UTF_8);
        ecrivain.write(MARQUE_D_ORDRE);
        this.imprimante = new CSVPrinter(ecrivain, CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';')
                .setRecordSeparator("\r\n").get());
        imprimante.printRecord((Object[]) entetes);
    }

    /** One row: texts are neutralised, amounts written with a decimal comma and no grouping. */
    public void ligne(Object... cellules) throws IOException {
        Object[] ecrites = new Object[cellules.length];
        for (int i = 0; i < cellules.length; i++) {
            Object cellule = cellules[i];
            if (cellule == null) {
                ecrites[i] = "";
            } else if (cellule instanceof Montant montant) {
                ecrites[i] = montant.valeur().toPlainString().replace('.', ',');
            } else {
                ecrites[i] = neutraliser(cellule.toString());
            }
        }
        imprimante.printRecord(ecrites);
    }

    /** A text a spreadsheet would evaluate, made inert. */
    public static String neutraliser(String texte) {
        if (!texte.isEmpty() && "=+-@\t\r".indexOf(texte.charAt(0)) >= 0) {
            return "'" + texte;
        }
        return texte;
    }

    @Override
    public void close() throws IOException {
        imprimante.close(true);
    }
}
