package fr.etude.dossier.web.courrier;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A letter's HTML printed to PDF/A-3u: every font embedded (Liberation, metric-compatible with the
 * usual office fonts), an sRGB colour profile, so that the file reads the same in twenty years.
 */
@Component
class ImpressionEnPdf {

    private static final List<String[]> POLICES = List.of(
            new String[] {"Liberation Serif", "LiberationSerif-Regular.ttf", "400", "NORMAL"},
            new String[] {"Liberation Serif", "LiberationSerif-Bold.ttf", "700", "NORMAL"},
            new String[] {"Liberation Serif", "LiberationSerif-Italic.ttf", "400", "ITALIC"},
            new String[] {"Liberation Mono", "LiberationMono-Regular.ttf", "400", "NORMAL"});

    private final byte[] profilSrgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    byte[] imprimer(String html, String titre) {
        try (ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            PdfRendererBuilder constructeur = new PdfRendererBuilder();
            constructeur.useFastMode();
            constructeur.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            constructeur.useColorProfile(profilSrgb);
            for (String[] police : POLICES) {
                constructeur.useFont(() -> flux(police[1]), police[0], Integer.valueOf(police[2]),
                        PdfRendererBuilder.FontStyle.valueOf(police[3]), true);
            }
            constructeur.withHtmlContent(html, null);
            constructeur.withProducer("Dossier");
            constructeur.toStream(sortie);
            constructeur.run();
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream flux(String fichier) {
        InputStream flux = ImpressionEnPdf.class.getClassLoader().getResourceAsStream("liberation/" + fichier);
        if (flux == null) {
            throw new IllegalStateException("Police absente : " + fichier);
        }
        return flux;
    }
}
