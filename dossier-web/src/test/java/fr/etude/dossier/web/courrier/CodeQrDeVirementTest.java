package fr.etude.dossier.web.courrier;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.courrier.VirementDemande;
import fr.etude.dossier.core.identite.Iban;

class CodeQrDeVirementTest {

    @Test
    void theImageDecodesToTheTransfersText() throws Exception {
        VirementDemande virement = new VirementDemande("Étude Garnier, commissaires de justice",
                new Iban("FR7630006000011234567890189"), Optional.of("AGRIFRPP"), Montant.of("1015.67"), "Dossier 2026-000123");
        String image = new CodeQrDeVirement().image(virement);

        assertThat(image).startsWith("data:image/png;base64,");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(image.substring(image.indexOf(',') + 1))));
        assertThat(lire(png)).isEqualTo(virement.charge());
    }

    static String lire(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                Map.of(DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
