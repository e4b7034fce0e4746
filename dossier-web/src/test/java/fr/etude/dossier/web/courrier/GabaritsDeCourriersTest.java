package fr.etude.dossier.web.courrier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.etude.dossier.core.courrier.ModeleDeCourrier;

/** An office replaces a template from its own folder; a broken one is reported and the packaged one is used. */
class GabaritsDeCourriersTest {

    @TempDir
    Path surcharges;

    @Test
    void theOfficesTemplateReplacesThePackagedOneAndABrokenOneIsReportedWithItsLine() throws Exception {
        Files.writeString(surcharges.resolve("relance-1.html"), """
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org" th:replace="~{mise-en-page :: courrier(~{::main})}">
                <body><main><p>Texte propre à l'étude.</p></main></body>
                </html>
                """);
        Files.writeString(surcharges.resolve("relance-2.html"), """
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org">
                <body>
                <p th:text="${etude.nom.}">erreur de frappe</p>
                </body>
                </html>
                """);
        GabaritsDeCourriers gabarits = new GabaritsDeCourriers(surcharges.toString());

        GabaritsDeCourriers.Rendu propre = gabarits.rendre(ModeleDeCourrier.RELANCE_1, variables());
        assertThat(propre.html()).contains("Texte propre à l'étude.", "Pour le compte de : Énergies du Rhône SA");
        assertThat(propre.avertissement()).isEmpty();

        GabaritsDeCourriers.Rendu repli = gabarits.rendre(ModeleDeCourrier.RELANCE_2, variables());
        assertThat(repli.avertissement()).get().asString().contains("relance-2.html", "ligne 4", "modèle livré");
        assertThat(repli.html()).contains("Notre précédent courrier");

        assertThat(gabarits.rendre(ModeleDeCourrier.MISE_EN_DEMEURE, variables()).html())
                .as("a template the office did not replace").contains("1231-6");
    }

    private static Map<String, Object> variables() {
        return Map.of("etude", Map.of("nom", "Étude Garnier", "adresse", "12 quai Perrache", "codePostal", "69002",
                        "ville", "Lyon", "telephone", "+33478000000", "email", "contact@etude-garnier.fr", "siret",
                        "73282932000074", "commissaire", "Me Hélène Garnier"),
                "creancier", Map.of("nom", "Énergies du Rhône SA"),
                "destinataire", Map.of("nom", "Mme Marie Lefèvre", "lignes", List.of("3 rue Pasteur", "69007 Lyon")),
                "reference", "2026-000123-C01", "referenceDossier", "2026-000123", "referencesCreancier", List.of(),
                "date", "20/11/2026", "fondement", "la créance exigible le 30/06/2026", "debiteur", "Mme Marie Lefèvre");
    }
}
