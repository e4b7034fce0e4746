package fr.etude.dossier.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;


class NouveauDocumentTest {

    private static final long DIX_MO = 10L * 1024 * 1024;

    @Test
    void aFileIsRecognisedByItsFirstBytesNotByItsName() {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1);

        NouveauDocument document = NouveauDocument.verifier("../../mandat signé.pdf", pdf, DIX_MO, true);

        assertThat(document.type()).isEqualTo(TypeDeDocument.PDF);
        assertThat(document.nom()).as("no path in a name").isEqualTo(".._.._mandat signé.pdf");
        assertThatThrownBy(() -> NouveauDocument.verifier("facture.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1),
                DIX_MO, false)).hasMessage("« facture.pdf » n'est ni un PDF, ni une image JPEG ou PNG : seuls ces fichiers sont acceptés.");
    }

    @Test
    void anEmptyOrOversizedFileIsRefused() {
        assertThatThrownBy(() -> NouveauDocument.verifier("vide.pdf", new byte[0], DIX_MO, false))
                .hasMessage("Choisissez un fichier à déposer.");
        assertThatThrownBy(() -> NouveauDocument.verifier("gros.pdf", new byte[11 * 1024 * 1024], DIX_MO, false))
                .hasMessage("« gros.pdf » dépasse la taille permise (10 Mo).");
    }
}
