package fr.etude.dossier.web.courrier;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import fr.etude.dossier.core.courrier.CourrierProduit;
import fr.etude.dossier.core.courrier.Courriers;
import fr.etude.dossier.core.courrier.Envoi;
import fr.etude.dossier.core.courrier.Envois;
import fr.etude.dossier.core.document.Documents;

/**
 * The outbox: the latest e-mails of letters, sent, waiting, failed, or kept here when the office has
 * no mail server; each with its attachment (or its text, for a créancier's weekly summary), so that the
 * administrator can send it another way.
 */
@Controller
class BoiteDEnvoiController {

    private static final int LIGNES = 200;

    private final Envois envois;
    private final Courriers courriers;
    private final Documents documents;

    BoiteDEnvoiController(Envois envois, Courriers courriers, Documents documents) {
        this.envois = envois;
        this.courriers = courriers;
        this.documents = documents;
    }

    @GetMapping("/admin/courriels")
    String boite(Model model) {
        model.addAttribute("envois", envois.recents(LIGNES));
        return "courrier/boite-d-envoi";
    }

    @GetMapping("/admin/courriels/{id}/piece-jointe")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> pieceJointe(@PathVariable UUID id) {
        Envoi.Lettre lettre = envois.parId(id).flatMap(Envoi::lettre)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CourrierProduit courrier = courriers.duDossier(lettre.dossier()).stream()
                .filter(produit -> produit.id().equals(lettre.courrier())).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] pdf = documents.contenu(lettre.dossier(), courrier.document())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).octets();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(courrier.reference() + ".pdf").build().toString())
                .body(pdf);
    }

    /** A message that is no letter (the créancier's weekly summary): its text, to be sent another way. */
    @GetMapping("/admin/courriels/{id}/texte")
    ResponseEntity<String> texte(@PathVariable UUID id) {
        Envoi.Texte texte = envois.parId(id).flatMap(Envoi::texte)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body(texte.texte());
    }
}
