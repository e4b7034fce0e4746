package fr.etude.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key written in a template or in the code is in messages.properties, once: a missing
 * key would show "??key_fr_FR??" to the user.
 */
class MessagesTest {

    private static final Path BUNDLE = Path.of("src/main/resources/messages.properties");
    /** #{key} or #{key(…)} with a literal key; keys built from an expression are checked below. */
    private static final Pattern CLE_DE_GABARIT = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
    private static final Pattern CLE_DU_CODE = Pattern.compile(
            "(?:messages\\.texte|rejectValue\\([^,]+,|\\.reject)\\(?\\s*\"([a-zA-Z][\\w.-]*)\"");

    @Test
    void everyKeyUsedIsInTheBundle() throws IOException {
        Set<String> cles = cles();
        Set<String> utilisees = new TreeSet<>();
        utilisees.addAll(trouver(Path.of("src/main/resources/templates"), ".html", CLE_DE_GABARIT));
        utilisees.addAll(trouver(Path.of("src/main/java"), ".java", CLE_DU_CODE));
        // "mode." + value: a prefix, whose keys the next test checks value by value.
        utilisees.removeIf(cle -> cle.endsWith("."));

        assertThat(utilisees).as("keys used but missing from messages.properties").isSubsetOf(cles);
        assertThat(utilisees).as("the scan found the keys").hasSizeGreaterThan(100);
    }

    @Test
    void keysBuiltFromAValueHaveOneMessagePerValue() throws IOException {
        Set<String> cles = cles();
        List<String> attendues = new ArrayList<>();
        for (Enum<?> valeur : fr.etude.dossier.core.paiement.ModePaiement.values()) {
            attendues.add("mode." + valeur.name());
        }
        for (Enum<?> valeur : fr.etude.dossier.core.dossier.ProchaineAction.Type.values()) {
            attendues.add("action." + valeur.name());
        }
        for (Enum<?> valeur : fr.etude.dossier.core.dossier.Etape.values()) {
            attendues.add("etape." + valeur.name());
        }
        for (Enum<?> valeur : fr.etude.dossier.core.dossier.Indicateur.values()) {
            attendues.add("indicateur." + valeur.name());
        }
        for (Enum<?> valeur : fr.etude.dossier.core.debiteur.SituationFinanciere.Emploi.values()) {
            attendues.add("emploi." + valeur.name());
        }
        for (Enum<?> valeur : fr.etude.dossier.core.debiteur.SolutionNegociee.Nature.values()) {
            attendues.add("solution." + valeur.name());
        }
        for (Enum<?> valeur : fr.etude.dossier.core.echeancier.Periodicite.values()) {
            attendues.add("periodicite." + valeur.name());
        }
        for (Enum<?> valeur : fr.etude.dossier.core.taux.TableDeTaux.Nature.values()) {
            attendues.add("taux.titre." + valeur.name());
            attendues.add("taux.premier." + valeur.name());
        }
        for (Enum<?> valeur : java.util.List.of(fr.etude.dossier.core.contact.Canal.APPEL,
                fr.etude.dossier.core.contact.Canal.COURRIER, fr.etude.dossier.core.contact.Canal.EMAIL,
                fr.etude.dossier.core.contact.Canal.VISITE)) {
            attendues.add("canal." + valeur.name());
        }
        for (Enum<?> valeur : fr.etude.dossier.core.debiteur.Debiteur.Civilite.values()) {
            attendues.add("civilite." + valeur.name());
        }
        for (Enum<?> valeur : fr.etude.dossier.core.creancier.CategorieCreancier.values()) {
            attendues.add("creancier.categorie." + valeur.name());
        }
        for (Enum<?> valeur : fr.etude.dossier.core.courrier.Envoi.Statut.values()) {
            attendues.add("envoi.statut." + valeur.name());
        }
        for (Enum<?> valeur : fr.etude.dossier.core.chiffre.ChiffreDeLaLoi.values()) {
            attendues.add("chiffre." + valeur.name());
        }
        for (Enum<?> valeur : fr.etude.dossier.core.tarif.TarifDeRecouvrement.Cote.values()) {
            attendues.add("tarifs.cote." + valeur.name());
        }
        for (Enum<?> valeur : fr.etude.dossier.core.portefeuille.TrancheDAnciennete.values()) {
            attendues.add("portefeuille.tableauDeBord.anciennete." + valeur.name());
        }
        for (int tranche = 0; tranche < 6; tranche++) {
            attendues.add("tarif.tranches[" + tranche + "].jusqua");
            attendues.add("tarif.tranches[" + tranche + "].taux");
        }
        for (int seuil = 1; seuil <= 6; seuil++) {
            attendues.add("bareme.seuil" + seuil);
        }
        for (fr.etude.dossier.core.reglage.Reglage reglage : fr.etude.dossier.core.reglage.Reglage.values()) {
            attendues.add("reglage." + reglage.cle());
        }
        assertThat(attendues).isSubsetOf(cles);
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        Set<String> vues = new HashSet<>();
        List<String> doubles = new ArrayList<>();
        for (String ligne : Files.readAllLines(BUNDLE, StandardCharsets.UTF_8)) {
            if (ligne.isBlank() || ligne.startsWith("#") || !ligne.contains("=")) {
                continue;
            }
            String cle = ligne.substring(0, ligne.indexOf('=')).strip();
            if (!vues.add(cle)) {
                doubles.add(cle);
            }
        }
        assertThat(doubles).as("keys written twice in messages.properties").isEmpty();
    }

    private static Set<String> cles() throws IOException {
        Set<String> cles = new HashSet<>();
        for (String ligne : Files.readAllLines(BUNDLE, StandardCharsets.UTF_8)) {
            if (!ligne.isBlank() && !ligne.startsWith("#") && ligne.contains("=")) {
                cles.add(ligne.substring(0, ligne.indexOf('=')).strip());
            }
        }
        return cles;
    }

    private static Set<String> trouver(Path racine, String extension, Pattern motif) throws IOException {
        Set<String> trouvees = new TreeSet<>();
        try (Stream<Path> fichiers = Files.walk(racine)) {
            for (Path fichier : fichiers.filter(chemin -> chemin.toString().endsWith(extension)).toList()) {
                Matcher cle = motif.matcher(Files.readString(fichier));
                while (cle.find()) {
                    trouvees.add(cle.group(1));
                }
            }
        }
        return trouvees;
    }
}
