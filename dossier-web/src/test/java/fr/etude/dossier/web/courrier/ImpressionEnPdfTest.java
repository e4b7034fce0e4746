package fr.etude.dossier.web.courrier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printer keeps parsed fonts between letters: letters printed at the same moment each get their own text and fonts. */
class ImpressionEnPdfTest {

    private final ImpressionEnPdf impression = new ImpressionEnPdf();

    @Test
    void lettersPrintedAtTheSameTimeKeepTheirOwnTextWithEveryFontEmbedded() throws Exception {
        ExecutorService quatre = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int lettre = 0; lettre < 12; lettre++) {
                String html = lettre(lettre);
                pdfs.add(quatre.submit(() -> impression.imprimer(html)));
            }
            for (int lettre = 0; lettre < 12; lettre++) {
                try (PDDocument document = Loader.loadPDF(pdfs.get(lettre).get())) {
                    String texte = new PDFTextStripper().getText(document);
                    assertThat(texte).contains("Lettre n° " + lettre + " à Mme Œdipe-Çà", "soit 1 234,56 €",
                            "FR76 3000 6000 0112 3456 7890 189", "première réclamation");
                    for (var nom : document.getPage(0).getResources().getFontNames()) {
                        PDFont police = document.getPage(0).getResources().getFont(nom);
                        assertThat(police.isEmbedded()).as(police.getName()).isTrue();
                    }
                }
            }
        } finally {
            quatre.shutdownNow();
        }
    }

    private static String lettre(int numero) {
        return """
                <html><head><title>Lettre</title><style>
                body { font-family: "Liberation Serif"; } .iban { font-family: "Liberation Mono"; }
                </style></head><body>
                <p><b>Lettre n° %d à Mme Œdipe-Çà</b></p>
                <p>Reste dû : <i>soit 1 234,56 €</i> après votre première réclamation.</p>
                <p class="iban">FR76 3000 6000 0112 3456 7890 189</p>
                </body></html>
                """.formatted(numero);
    }
}
