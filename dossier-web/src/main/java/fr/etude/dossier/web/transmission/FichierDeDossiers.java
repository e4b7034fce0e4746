package fr.etude.dossier.web.transmission;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of dossiers as a spreadsheet saves it: UTF-8 with or without its byte-order mark,
 * UTF-16 with one, else Windows-1252 (the Latin-1 of French Excel); ';', ',' or tab between cells,
 * CRLF or LF. Its columns are named on the first line, in any order (accents and case ignored); each
 * further line is one dossier, read as the form's fields. The format is in docs/import-csv.md.
 */
final class FichierDeDossiers implements Iterable<FichierDeDossiers.Ligne> {

    /** A column of the file and the form's field it fills. */
    private static final Map<String, String> COLONNES = new LinkedHashMap<>();

    static {
        COLONNES.put("reference", "reference");
        COLONNES.put("civilite", "civilite");
        COLONNES.put("nom", "nom");
        COLONNES.put("prenom", "prenom");
        COLONNES.put("date_naissance", "naissance");
        COLONNES.put("raison_sociale", "raisonSociale");
        COLONNES.put("siren", "siren");
        COLONNES.put("forme_juridique", "formeJuridique");
        COLONNES.put("adresse", "adresse");
        COLONNES.put("code_postal", "codePostal");
        COLONNES.put("ville", "ville");
        COLONNES.put("telephone", "telephone");
        COLONNES.put("email", "email");
        COLONNES.put("reference_creance", "creances[0].reference");
        COLONNES.put("nature", "creances[0].nature");
        COLONNES.put("principal", "creances[0].principal");
        COLONNES.put("exigibilite", "creances[0].exigibilite");
        COLONNES.put("mise_en_demeure", "creances[0].miseEnDemeure");
    }

    static final List<String> OBLIGATOIRES = List.of("reference", "nature", "principal", "exigibilite");

    /** A line of the file: its number as a spreadsheet shows it (the header is line 1), field by field. */
    record Ligne(int numero, Map<String, String> champs) {
    }

    /** A line past which the file cannot be read: nothing of the file is imported. */
    static final class LigneIllisible extends RuntimeException {
        private final int numero;

        LigneIllisible(int numero, String message) {
            super(message);
            this.numero = numero;
        }

        int numero() {
            return numero;
        }
    }

    /** A file that cannot be read as dossiers at all: nothing of it is imported. */
    static final class Illisible extends Exception {
        Illisible(String message) {
            super(message);
        }
    }

    private final String encodage;
    private final List<String> champs;
    private final CSVParser lignes;
    /** Where each line of the text begins, to number a record as the spreadsheet does (blank lines count). */
    private final int[] debutsDeLigne;
    private final String contenu;

    private FichierDeDossiers(String encodage, List<String> champs, CSVParser lignes, int[] debutsDeLigne, String contenu) {
        this.contenu = contenu;
        this.encodage = encodage;
        this.champs = champs;
        this.lignes = lignes;
        this.debutsDeLigne = debutsDeLigne;
    }

    static FichierDeDossiers lire(byte[] octets) throws Illisible {
        Texte texte = decoder(octets);
        String contenu = texte.contenu();
        int finDeLEntete = contenu.indexOf('\n');
        String entete = finDeLEntete < 0 ? contenu : contenu.substring(0, finDeLEntete);
        if (entete.isBlank()) {
            throw new Illisible("Le fichier est vide : sa première ligne doit nommer les colonnes (reference;nom;…).");
        }
        char separateur = separateur(entete);
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(separateur).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try {
            CSVParser parser = CSVParser.parse(new StringReader(contenu), format);
            Iterator<CSVRecord> enregistrements = parser.iterator();
            List<String> champs = champs(enregistrements.next());
            return new FichierDeDossiers(texte.encodage(), champs, parser, debutsDeLigne(contenu), contenu);
        } catch (IOException | UncheckedIOException | IllegalStateException illisible) {
            throw new Illisible("Le fichier n'est pas un CSV lisible : " + illisible.getMessage());
        }
    }

    String encodage() {
        return encodage;
    }

    /** The lines after the header, blank ones included: how far a reading has to go. */
    int nombreDeLignes() {
        return debutsDeLigne.length - 1;
    }

    /**
     * The lines with something in them: a row of empty cells (what a spreadsheet writes for a cleared
     * row) is skipped as a blank line is. A line the reader cannot get past (a quote never closed)
     * stops the reading with its number.
     */
    @Override
    public Iterator<Ligne> iterator() {
        Iterator<CSVRecord> enregistrements = lignes.iterator();
        return new Iterator<>() {
            private Ligne suivante;
            private int derniereLue = 1;

            @Override
            public boolean hasNext() {
                while (suivante == null) {
                    Optional<CSVRecord> enregistrement = lireLeSuivant();
                    if (enregistrement.isEmpty()) {
                        return false;
                    }
                    suivante = ligne(enregistrement.get());
                }
                return true;
            }

            @Override
            public Ligne next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Ligne ligne = suivante;
                suivante = null;
                derniereLue = ligne.numero();
                return ligne;
            }

            private Optional<CSVRecord> lireLeSuivant() {
                try {
                    return enregistrements.hasNext() ? Optional.of(enregistrements.next()) : Optional.empty();
                } catch (UncheckedIOException | IllegalStateException illisible) {
                    throw new LigneIllisible(derniereLue + 1, "Le fichier n'est plus lisible après la ligne " + derniereLue
                            + " (un guillemet ouvert et jamais refermé ?) : aucun dossier n'a été créé.");
                }
            }
        };
    }

    /** The line's values by field, or null when all its cells are empty. */
    private Ligne ligne(CSVRecord enregistrement) {
        Map<String, String> valeurs = new HashMap<>();
        for (int i = 0; i < Math.min(champs.size(), enregistrement.size()); i++) {
            String valeur = enregistrement.get(i);
            if (!valeur.isEmpty()) {
                valeurs.put(champs.get(i), valeur);
            }
        }
        boolean enTrop = enregistrement.size() > champs.size();
        if (valeurs.isEmpty() && (!enTrop || enregistrement.stream().allMatch(String::isEmpty))) {
            return null;
        }
        if (enTrop) {
            valeurs.put(EN_TROP, String.valueOf(enregistrement.size() - champs.size()));
        }
        return new Ligne(numero(enregistrement.getCharacterPosition(), contenu), valeurs);
    }

    /** The record starts at {@code position}, or after the blank lines the parser skipped from there. */
    private int numero(long position, String contenu) {
        int trouve = java.util.Arrays.binarySearch(debutsDeLigne, (int) position);
        int ligne = trouve >= 0 ? trouve : -trouve - 2;
        while (ligne + 1 < debutsDeLigne.length && contenu.substring(debutsDeLigne[ligne], debutsDeLigne[ligne + 1]).isBlank()) {
            ligne++;
        }
        return ligne + 1;
    }

    private static int[] debutsDeLigne(String contenu) {
        java.util.stream.IntStream.Builder debuts = java.util.stream.IntStream.builder().add(0);
        for (int i = contenu.indexOf('\n'); i >= 0; i = contenu.indexOf('\n', i + 1)) {
            debuts.add(i + 1);
        }
        return debuts.build().toArray();
    }

    /** Marks a line with more cells than the header has columns. */
    static final String EN_TROP = "#en-trop";

    /** The name of a column of the file, from the form's field it fills. */
    static String colonne(String champ) {
        return COLONNES.entrySet().stream().filter(colonne -> colonne.getValue().equals(champ.replaceAll("\\[\\d+]", "[0]")))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static List<String> champs(CSVRecord entete) throws Illisible {
        List<String> champs = new ArrayList<>();
        List<String> inconnues = new ArrayList<>();
        for (String nom : entete) {
            String colonne = normaliser(nom);
            String champ = COLONNES.get(colonne);
            if (champ == null) {
                inconnues.add("« " + nom + " »");
            } else if (champs.contains(champ)) {
                throw new Illisible("La colonne « " + colonne + " » figure deux fois dans l'en-tête.");
            }
            champs.add(champ);
        }
        if (!inconnues.isEmpty()) {
            throw new Illisible("Colonne" + (inconnues.size() > 1 ? "s" : "") + " inconnue" + (inconnues.size() > 1 ? "s" : "")
                    + " dans l'en-tête : " + String.join(", ", inconnues) + ". Les colonnes possibles : "
                    + String.join(", ", COLONNES.keySet()) + ".");
        }
        List<String> manquantes = OBLIGATOIRES.stream().filter(colonne -> !champs.contains(COLONNES.get(colonne))).toList();
        if (!manquantes.isEmpty()) {
            throw new Illisible("Colonne" + (manquantes.size() > 1 ? "s" : "") + " obligatoire" + (manquantes.size() > 1 ? "s" : "")
                    + " absente" + (manquantes.size() > 1 ? "s" : "") + " de l'en-tête : " + String.join(", ", manquantes) + ".");
        }
        if (!champs.contains("nom") && !champs.contains("raisonSociale")) {
            throw new Illisible("L'en-tête doit avoir une colonne « nom » (personne physique) ou « raison_sociale » (société).");
        }
        return champs;
    }

    /** "Date de naissance", "date-naissance" and "DATE_NAISSANCE" name the same column. */
    private static String normaliser(String nom) {
        String sansAccents = Normalizer.normalize(nom.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return sansAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("(^_|_$)", "")
                .replace("date_de_naissance", "date_naissance").replace("e_mail", "email");
    }

    private static char separateur(String entete) {
        long pointsVirgules = entete.chars().filter(c -> c == ';').count();
        long virgules = entete.chars().filter(c -> c == ',').count();
        long tabulations = entete.chars().filter(c -> c == '\t').count();
        if (tabulations > pointsVirgules && tabulations > virgules) {
            return '\t';
        }
        return virgules > pointsVirgules ? ',' : ';';
    }

    private record Texte(String contenu, String encodage) {
    }

    private static Texte decoder(byte[] octets) throws Illisible {
        if (octets.length >= 3 && (octets[0] & 0xFF) == 0xEF && (octets[1] & 0xFF) == 0xBB && (octets[2] & 0xFF) == 0xBF) {
            return new Texte(strict(octets, 3, StandardCharsets.UTF_8, "UTF-8 avec BOM"), "UTF-8 avec BOM");
        }
        if (octets.length >= 2 && ((octets[0] & 0xFF) == 0xFF && (octets[1] & 0xFF) == 0xFE
                || (octets[0] & 0xFF) == 0xFE && (octets[1] & 0xFF) == 0xFF)) {
            return new Texte(strict(octets, 0, StandardCharsets.UTF_16, "UTF-16"), "UTF-16");
        }
        try {
            return new Texte(decoder(octets, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException pasDeLUtf8) {
            // What a French spreadsheet saves as "CSV (séparateur : point-virgule)".
            return new Texte(new String(octets, Charset.forName("windows-1252")), "Windows-1252 (Latin-1)");
        }
    }

    private static String strict(byte[] octets, int debut, Charset encodage, String nom) throws Illisible {
        try {
            return decoder(octets, debut, encodage);
        } catch (CharacterCodingException illisible) {
            throw new Illisible("Le fichier annonce l'encodage " + nom + " mais n'en est pas : enregistrez-le de nouveau en "
                    + "« CSV UTF-8 ».");
        }
    }

    private static String decoder(byte[] octets, int debut, Charset encodage) throws CharacterCodingException {
        return encodage.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(octets, debut, octets.length - debut)).toString();
    }
}
