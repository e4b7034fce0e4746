package fr.etude.dossier.web.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.document.Documents;
import fr.etude.dossier.core.document.NouveauDocument;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** The dossier's files: filed from the dossier page, downloaded as attachments. */
@Controller
class DocumentController {

    private final ClassementDesDocuments classement;
    private final Documents documents;
    private final DataSize tailleMax;
    private final Messages messages;

    DocumentController(ClassementDesDocuments classement, Documents documents,
                       @Value("${dossier.documents.taille-max}") DataSize tailleMax, Messages messages) {
        this.messages = messages;
        this.classement = classement;
        this.documents = documents;
        this.tailleMax = tailleMax;
    }

    @PostMapping("/dossiers/{id}/documents")
    String deposer(@PathVariable UUID id, @RequestParam(name = "fichier", required = false) MultipartFile fichier,
                   @RequestParam(defaultValue = "false") boolean visibleDuCreancier,
                   @AuthenticationPrincipal UtilisateurConnecte utilisateur, RedirectAttributes redirection) throws IOException {
        try {
            NouveauDocument nouveau = NouveauDocument.verifier(fichier == null ? "" : fichier.getOriginalFilename(),
                    fichier == null ? new byte[0] : fichier.getBytes(), tailleMax.toBytes(), visibleDuCreancier);
            classement.deposer(new DossierId(id), nouveau, utilisateur.auteur());
            redirection.addFlashAttribute("message", messages.texte("document.deposeLe", nouveau.nom()));
        } catch (IllegalArgumentException refus) {
            redirection.addFlashAttribute("alerte", refus.getMessage());
        }
        return "redirect:/dossiers/" + id + "#documents";
    }

    @GetMapping("/dossiers/{id}/documents/{document}")
    ResponseEntity<byte[]> telecharger(@PathVariable UUID id, @PathVariable UUID document) {
        Documents.Contenu contenu = documents.contenu(new DossierId(id), document).orElseThrow(DossierIntrouvable::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contenu.document().type().typeMime()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(contenu.document().nom(), StandardCharsets.UTF_8).build().toString())
                .body(contenu.octets());
    }
}
