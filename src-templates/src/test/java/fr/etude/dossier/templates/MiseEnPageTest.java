package fr.etude.dossier.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Every letter renders with the variables the application gives it, and names the office, the creditor and the reference. */
class MiseEnPageTest {

    /** Not letters: the parts letters share, and the portfolio statement (no addressee's letter, no dossier). */
    private static final List<String> PARTAGES = List.of("mise-en-page", "blocs", "releve-de-portefeuille");

    @Test
    void everyLetterNamesTheOfficeTheCreditorAndTheReferenceAndAsksForPaymentWithTheLaw() throws Exception {
        TemplateEngine moteur = moteur();
        List<String> lettres = lettres();
        assertThat(lettres).hasSize(13);
        for (String lettre : lettres) {
            String html = moteur.process(lettre, contexte());
            assertThat(html).as(lettre)
                    .contains("Étude Garnier, commissaires de justice")
                    .contains("Pour le compte de : Énergies du Rhône SA")
                    .contains("Notre référence : 2026-000123-C02")
                    .contains("Référence du créancier : Facture F-2026-0042")
                    .contains("Lyon, le 20/11/2026")
                    .contains("Objet : Objet de test")
                    .contains("Me Hélène Garnier, commissaire de justice")
                    .doesNotContain("th:");
        }
        String relance = moteur.process("relance-1", contexte());
        assertThat(relance).contains("Suite à notre courrier 2026-000123-C01 du 02/11/2026", "Reste dû", "1 015,67 €",
                "IBAN FR76 3000 6000 0112 3456 7890 189", "Article L111-8, alinéas 2 et 3", "débiteur de mauvaise foi");
        assertThat(moteur.process("mise-en-demeure", contexte())).contains("articles 1231-6 et 1344-1 du code civil");
        assertThat(moteur.process("compte-rendu", contexte())).contains("article R124-5", "01/10/2026", "Virement");
    }

    @Test
    void thePortfolioStatementNamesTheOfficeTheCreditorTheDateAndTheTotals() {
        Context contexte = contexte();
        contexte.setVariable("au", "31/10/2026");
        contexte.setVariable("edite", "20/11/2026");
        contexte.setVariable("lignes", List.of(Map.of("reference", "2026-000123", "referenceCreancier", "CLI-0001",
                "debiteur", "Lefèvre Marie", "ouvertLe", "02/01/2026", "principal", "1 000,00 €", "recouvre", "200,00 €",
                "solde", "800,00 €")));
        contexte.setVariable("totaux", Map.of("dossiers", 1, "principal", "1 000,00 €", "recouvre", "200,00 €", "solde", "800,00 €"));

        assertThat(moteur().process("releve-de-portefeuille", contexte)).contains("Étude Garnier, commissaires de justice",
                "Énergies du Rhône SA", "au 31/10/2026", "article R124-5", "CLI-0001", "800,00 €", "1 dossier")
                .doesNotContain("th:");
    }

    private static TemplateEngine moteur() {
        ClassLoaderTemplateResolver fichiers = new ClassLoaderTemplateResolver();
        fichiers.setPrefix("courriers/");
        fichiers.setSuffix(".html");
        fichiers.setTemplateMode(TemplateMode.HTML);
        fichiers.setCharacterEncoding("UTF-8");
        TemplateEngine moteur = new TemplateEngine();
        moteur.setTemplateResolver(fichiers);
        return moteur;
    }

    private static List<String> lettres() throws URISyntaxException, IOException {
        Path dossier = Path.of(MiseEnPageTest.class.getClassLoader().getResource("courriers").toURI());
        try (Stream<Path> fichiers = Files.list(dossier)) {
            return fichiers.map(fichier -> fichier.getFileName().toString()).filter(nom -> nom.endsWith(".html"))
                    .map(nom -> nom.substring(0, nom.length() - 5)).filter(nom -> !PARTAGES.contains(nom)).sorted().toList();
        }
    }

    private static Context contexte() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("css", "body { font-size: 10pt; }");
        variables.put("objet", "Objet de test");
        variables.put("etude", Map.of("nom", "Étude Garnier, commissaires de justice", "adresse", "12 quai Perrache",
                "codePostal", "69002", "ville", "Lyon", "telephone", "+33478000000", "email", "contact@etude-garnier.fr",
                "siret", "73282932000074", "commissaire", "Me Hélène Garnier"));
        variables.put("creancier", Map.of("nom", "Énergies du Rhône SA"));
        variables.put("destinataire", Map.of("nom", "Mme Marie Lefèvre", "lignes", List.of("3 rue Pasteur", "69007 Lyon")));
        variables.put("reference", "2026-000123-C02");
        variables.put("referenceDossier", "2026-000123");
        variables.put("referencesCreancier", List.of("Facture F-2026-0042"));
        variables.put("premier", Map.of("reference", "2026-000123-C01", "date", "02/11/2026"));
        variables.put("date", "20/11/2026");
        variables.put("fondement", "« Facture F-2026-0042 » exigible le 30/06/2026");
        variables.put("debiteur", "Mme Marie Lefèvre");
        variables.put("decompte", Map.of("date", "20/11/2026", "principal", "1 000,00 €", "interets", "15,67 €",
                "accessoires", "0,00 €", "paye", "0,00 €", "solde", "1 015,67 €",
                "lignes", List.of(Map.of("libelle", "Du 01/07/2026 au 20/11/2026 : …", "aConfirmer", false))));
        variables.put("solde", false);
        variables.put("paiement", Map.of("montant", "1 015,67 €", "beneficiaire", "Étude Garnier", "iban",
                "FR76 3000 6000 0112 3456 7890 189", "bic", "AGRIFRPP", "libelle", "Dossier 2026-000123",
                "qr", "data:image/png;base64,AAAA"));
        variables.put("texte", List.of("Premier paragraphe.", "Second paragraphe."));
        variables.put("echeancier", Map.of("echeances", List.of(Map.of("date", "05/12/2026", "montant", "100,00 €"))));
        variables.put("reclamation", Map.of("date", "18/11/2026", "echeance", "20/12/2026"));
        variables.put("paiements", List.of(Map.of("date", "01/10/2026", "montant", "100,00 €", "mode", "Virement")));
        variables.put("propositions", List.of("Promesse du 02/10/2026 de payer 200,00 € le 15/10/2026"));
        Context contexte = new Context(java.util.Locale.FRANCE);
        contexte.setVariables(variables);
        return contexte;
    }
}
