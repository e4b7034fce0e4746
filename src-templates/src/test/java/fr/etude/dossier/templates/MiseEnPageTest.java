package fr.etude.dossier.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class MiseEnPageTest {

    @Test
    void everyLetterNamesTheOfficeTheCreditorAndTheReference() {
        ClassLoaderTemplateResolver fichiers = new ClassLoaderTemplateResolver();
        fichiers.setTemplateMode(TemplateMode.HTML);
        fichiers.setCheckExistence(true);
        fichiers.setOrder(1);
        StringTemplateResolver texte = new StringTemplateResolver();
        texte.setOrder(2);
        TemplateEngine moteur = new TemplateEngine();
        moteur.addTemplateResolver(fichiers);
        moteur.addTemplateResolver(texte);

        Context contexte = new Context();
        contexte.setVariable("etude", Map.of("nom", "SELARL Garnier, commissaires de justice",
                "adresse", "4 place Bellecour", "codePostal", "69002", "ville", "Lyon",
                "telephone", "04 72 00 00 00", "email", "etude@garnier.fr"));
        contexte.setVariable("creancier", Map.of("nom", "Énergies du Rhône SA"));
        contexte.setVariable("destinataire", Map.of("nom", "Mme Marie Lefèvre", "adresse", "3 rue Pasteur",
                "codePostal", "69007", "ville", "Lyon"));
        contexte.setVariable("reference", "2026-000123");
        contexte.setVariable("referenceCreancier", "Facture F-2026-0042");
        contexte.setVariable("date", "20/11/2026");

        String lettre = moteur.process("""
                <html xmlns:th="http://www.thymeleaf.org"
                      th:replace="~{courriers/mise-en-page.html :: courrier('Relance amiable', ~{::main})}">
                <main><p>Sauf erreur de notre part, votre compte reste débiteur.</p></main>
                </html>
                """, contexte);

        assertThat(lettre)
                .contains("SELARL Garnier, commissaires de justice")
                .contains("Pour le compte de : Énergies du Rhône SA")
                .contains("Notre référence : 2026-000123")
                .contains("Référence du créancier : Facture F-2026-0042")
                .contains("Mme Marie Lefèvre")
                .contains("Lyon, le 20/11/2026")
                .contains("Objet : Relance amiable")
                .contains("votre compte reste débiteur");
    }
}
