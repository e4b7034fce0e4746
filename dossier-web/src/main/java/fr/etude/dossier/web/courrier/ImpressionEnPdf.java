package fr.etude.dossier.web.courrier;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * A letter's HTML printed to PDF/A-3u: every font embedded (Liberation, metric-compatible with the
 * usual office fonts), an sRGB colour profile, so that the file reads the same in twenty years.
 *
 * <p>The fonts are read once and kept parsed, a set per letter being printed at the same moment (a
 * parsed font reads its file as it goes, so two letters cannot share one). They are used without
 * their glyph substitution table: PDFBox 3.0 applies it to every run of text by compiling a regular
 * expression each time, about half of a letter's printing time, for ligatures a letter does not need.
 */
@Component
class ImpressionEnPdf {

    private record Police(String famille, int graisse, FontStyle style, byte[] octets) {
    }

    private final List<Police> polices = List.of(
            police("Liberation Serif", "LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            police("Liberation Serif", "LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            police("Liberation Serif", "LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            police("Liberation Mono", "LiberationMono-Regular.ttf", 400, FontStyle.NORMAL));

    private final Queue<List<TrueTypeFont>> jeuxDisponibles = new ConcurrentLinkedQueue<>();

    private final byte[] profilSrgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    ImpressionEnPdf() {
        XRLog.setLoggerImpl(new JournalDeLImpression());
    }

    byte[] imprimer(String html) {
        List<TrueTypeFont> jeu = jeuDePolices();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            PdfRendererBuilder constructeur = new PdfRendererBuilder();
            constructeur.usePDDocument(document);
            constructeur.useFastMode();
            constructeur.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            constructeur.useColorProfile(profilSrgb);
            for (int i = 0; i < polices.size(); i++) {
                Police police = polices.get(i);
                constructeur.useFont(new PDFontSupplier(PDType0Font.load(document, jeu.get(i), true)), police.famille(),
                        police.graisse(), police.style(), true);
            }
            constructeur.withHtmlContent(html, null);
            constructeur.withProducer("Dossier");
            constructeur.toStream(sortie);
            constructeur.run();
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            jeuxDisponibles.add(jeu);
        }
    }

    private List<TrueTypeFont> jeuDePolices() {
        List<TrueTypeFont> jeu = jeuxDisponibles.poll();
        if (jeu != null) {
            return jeu;
        }
        List<TrueTypeFont> nouveau = new ArrayList<>();
        for (Police police : polices) {
            try {
                TrueTypeFont lue = new TTFParser().parse(new RandomAccessReadBuffer(police.octets()));
                lue.setEnableGsub(false);
                nouveau.add(lue);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(nouveau);
    }

    private static Police police(String famille, String fichier, int graisse, FontStyle style) {
        try (InputStream flux = ImpressionEnPdf.class.getClassLoader().getResourceAsStream("liberation/" + fichier)) {
            if (flux == null) {
                throw new IllegalStateException("Police absente : " + fichier);
            }
            return new Police(famille, graisse, style, flux.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
