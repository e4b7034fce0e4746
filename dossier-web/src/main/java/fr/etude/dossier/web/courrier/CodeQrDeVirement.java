package fr.etude.dossier.web.courrier;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import fr.etude.dossier.core.courrier.VirementDemande;

/**
 * The transfer's QR code as an image the letter embeds (a data: URI): level M, UTF-8, as EPC069-12 asks.
 * One pixel per module, enlarged by the page without smoothing: a small image that the PDF printer
 * decodes in a fraction of the time of a pre-enlarged one, and as sharp.
 */
@Component
class CodeQrDeVirement {

    String image(VirementDemande virement) {
        try {
            BitMatrix points = new QRCodeWriter().encode(virement.charge(), BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8",
                            EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(points.getWidth(), points.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < points.getWidth(); x++) {
                for (int y = 0; y < points.getHeight(); y++) {
                    image.setRGB(x, y, points.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalStateException("Code QR impossible pour ce virement", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
