package fr.etude.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import java.util.ResourceBundle;
import java.util.Locale;

import fr.etude.dossier.core.dossier.ProchaineAction;

/** Every sentence the code writes in a timeline is in the bundle, and the bundle holds no sentence nobody writes. */
class PhrasesDeLaChronologieTest {

    private static final Pattern CLE = Pattern.compile("Phrases\\.de\\(\\s*\"([^\"]+)\"");
    private static final Pattern CLE_CONDITIONNELLE = Pattern.compile("\\?\\s*\"([a-zA-Z.]+)\"\\s*:\\s*\"([a-zA-Z.]+)\"");

    @Test
    void everySentenceKeyUsedIsInTheBundleAndEveryKeyIsUsed() throws IOException {
        Set<String> utilisees = new TreeSet<>();
        for (Path racine : new Path[]{Path.of("../dossier-core/src/main/java"), Path.of("src/main/java")}) {
            try (Stream<Path> sources = Files.walk(racine)) {
                for (Path source : sources.filter(chemin -> chemin.toString().endsWith(".java")).toList()) {
                    String texte = Files.readString(source);
                    if (!texte.contains("Phrases.de(")) {
                        continue;
                    }
                    Matcher cle = CLE.matcher(texte);
                    while (cle.find()) {
                        utilisees.add(cle.group(1));
                    }
                    Matcher alternative = CLE_CONDITIONNELLE.matcher(texte);
                    while (alternative.find()) {
                        utilisees.add(alternative.group(1));
                        utilisees.add(alternative.group(2));
                    }
                }
            }
        }
        // Keys built from a value: every value must have its sentence.
        Arrays.stream(ProchaineAction.Type.values()).forEach(type -> utilisees.add("action." + type.name()));
        utilisees.addAll(Set.of("contact.APPEL_SORTANT", "contact.APPEL_ENTRANT", "contact.VISITE", "contact.COURRIER",
                "contact.EMAIL", "contact.SMS"));
        utilisees.removeIf(cle -> cle.endsWith("."));

        Set<String> bundle = new TreeSet<>(ResourceBundle.getBundle("chronologie", Locale.ROOT).keySet());

        assertThat(bundle).as("sentences written by the code but missing from chronologie.properties").containsAll(utilisees);
        assertThat(utilisees).as("sentences of chronologie.properties that nothing writes").containsAll(bundle);
    }
}
