package fr.etude.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Every background colour of dossier.css is readable with the text shown on it: its rule's own
 * {@code color}, else white (Bootstrap's badges and the dark navigation bar). WCAG AA asks 4.5:1
 * for text of this size.
 */
class ContrasteDesBadgesTest {

    private static final double CONTRASTE_MIN = 4.5;
    private static final Pattern REGLE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("([-\\w]+)\\s*:\\s*([^;]+);?");
    private static final Pattern VARIABLE = Pattern.compile("var\\((--[-\\w]+)\\)");

    @Test
    void everyBadgeColourIsReadableWithItsText() throws IOException {
        Map<String, Double> contrastes = contrastesDesFonds(feuille());

        assertThat(contrastes).containsKeys(".etape-PRECONTENTIEUX", ".indicateur-RECLAMATION_OUVERTE",
                ".statut-echeancier-PROPOSE, .etat-echeance-A_VENIR", ".etat-echeance-EN_RETARD", ".bg-dossier");
        assertThat(contrastes).allSatisfy((selecteur, contraste) ->
                assertThat(contraste).as("contrast of %s", selecteur).isGreaterThanOrEqualTo(CONTRASTE_MIN));
    }

    @Test
    void theFormulaGivesTheKnownContrasts() {
        assertThat(contraste("#ffffff", "#000000")).isEqualTo(21.0);
        assertThat(contraste("#ffffff", "#ef6c00")).isCloseTo(3.08, Offset.offset(0.01));
        assertThat(contraste("#ffffff", "#777777")).isCloseTo(4.48, Offset.offset(0.01));
    }

    /** Selector → contrast between the background it sets and the text shown on it. */
    private static Map<String, Double> contrastesDesFonds(String css) {
        String sansCommentaires = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, String> variables = new HashMap<>();
        Map<String, Map<String, String>> regles = new LinkedHashMap<>();
        Matcher regle = REGLE.matcher(sansCommentaires);
        while (regle.find()) {
            Map<String, String> declarations = new HashMap<>();
            Matcher declaration = DECLARATION.matcher(regle.group(2));
            while (declaration.find()) {
                declarations.put(declaration.group(1), declaration.group(2).strip());
            }
            String selecteur = regle.group(1).strip().replaceAll("\\s+", " ");
            if (selecteur.equals(":root")) {
                declarations.forEach((nom, valeur) -> {
                    if (nom.startsWith("--")) {
                        variables.put(nom, valeur);
                    }
                });
            }
            regles.put(selecteur, declarations);
        }
        Map<String, Double> contrastes = new LinkedHashMap<>();
        regles.forEach((selecteur, declarations) -> {
            if (declarations.containsKey("background-color")) {
                String fond = valeur(declarations.get("background-color"), variables);
                String texte = valeur(declarations.getOrDefault("color", "#ffffff"), variables);
                contrastes.put(selecteur, contraste(texte, fond));
            }
        });
        return contrastes;
    }

    private static String valeur(String valeur, Map<String, String> variables) {
        Matcher variable = VARIABLE.matcher(valeur);
        return variable.matches() ? variables.get(variable.group(1)) : valeur;
    }

    /** WCAG 2 contrast ratio: (L1 + 0.05) / (L2 + 0.05), L the relative luminance. */
    private static double contraste(String couleur1, String couleur2) {
        double l1 = luminance(couleur1);
        double l2 = luminance(couleur2);
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    private static double luminance(String couleur) {
        assertThat(couleur).as("a #rrggbb colour").matches("#[0-9a-fA-F]{6}");
        int rgb = Integer.parseInt(couleur.substring(1), 16);
        return 0.2126 * canal(rgb >> 16) + 0.7152 * canal(rgb >> 8) + 0.0722 * canal(rgb);
    }

    private static double canal(int valeur) {
        double c = (valeur & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String feuille() throws IOException {
        try (InputStream css = ContrasteDesBadgesTest.class.getResourceAsStream("/static/css/dossier.css")) {
            assertThat(css).as("dossier.css on the classpath").isNotNull();
            return new String(css.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
