package fr.etude.dossier.web.courrier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.courrier.CourrierProduit;
import fr.etude.dossier.core.courrier.Courriers;
import fr.etude.dossier.core.courrier.ModeleDeCourrier;
import fr.etude.dossier.core.courrier.Publipostages;
import fr.etude.dossier.core.document.Documents;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.ProchaineAction;
import fr.etude.dossier.core.utilisateur.Role;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/**
 * Batch mailing: the letters of every dossier whose next action is due, in one go, with a progress
 * bar, a report of the letters that could not be made, and one PDF to print them all.
 */
@Controller
class PublipostageController {

    /** More would be a day's post for a whole office: a larger batch is split by date. */
    static final int DOSSIERS_MAX = 2000;

    private final Publipostages publipostages;
    private final Courriers courriers;
    private final Documents documents;
    private final Messages messages;
    private final Clock horloge;

    PublipostageController(Publipostages publipostages, Courriers courriers, Documents documents, Messages messages,
                           Clock horloge) {
        this.publipostages = publipostages;
        this.courriers = courriers;
        this.documents = documents;
        this.messages = messages;
        this.horloge = horloge;
    }

    @GetMapping("/publipostages")
    String publipostages(@AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model) {
        PublipostageSaisi saisie = new PublipostageSaisi();
        saisie.setModele(ModeleDeCourrier.RELANCE_1);
        saisie.setAction(ProchaineAction.Type.COURRIER);
        saisie.setAu(LocalDate.now(horloge));
        model.addAttribute("publipostage", saisie);
        return page(utilisateur, model);
    }

    @PostMapping("/publipostages")
    String lancer(@Valid @ModelAttribute("publipostage") PublipostageSaisi saisie, BindingResult resultat,
                  @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model) {
        if (saisie.getModele() != null && !modeles().containsKey(saisie.getModele())) {
            RefusDuDomaine.rejeterLeChamp(resultat, "modele", messages.texte("publipostage.modeleExclu"));
        }
        if (resultat.hasErrors()) {
            return page(utilisateur, model);
        }
        List<DossierId> dossiers = publipostages.selection(utilisateur.id(), saisie.getAction(), saisie.getAu(), DOSSIERS_MAX + 1);
        if (dossiers.isEmpty()) {
            RefusDuDomaine.rejeter(resultat, messages.texte("publipostage.aucunDossier"));
        } else if (dossiers.size() > DOSSIERS_MAX) {
            RefusDuDomaine.rejeter(resultat, messages.texte("publipostage.tropDeDossiers", DOSSIERS_MAX));
        }
        if (resultat.hasErrors()) {
            return page(utilisateur, model);
        }
        String critere = messages.texte("publipostage.critere", messages.texte("action." + saisie.getAction().name()),
                FormatFrancais.date(saisie.getAu()));
        UUID id = publipostages.creer(saisie.getModele(), critere, dossiers, utilisateur.id(), utilisateur.auteur().nom(),
                horloge.instant());
        return "redirect:/publipostages/" + id;
    }

    @GetMapping("/publipostages/{id}")
    String suivi(@PathVariable UUID id, @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model) {
        model.addAttribute("lot", lot(id, utilisateur));
        model.addAttribute("lignes", publipostages.lignes(id));
        return "courrier/publipostage";
    }

    /** The progress bar alone, which the page asks for again until the batch is done. */
    @GetMapping("/publipostages/{id}/avancement")
    String avancement(@PathVariable UUID id, @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model) {
        model.addAttribute("lot", lot(id, utilisateur));
        return "courrier/publipostage :: avancement";
    }

    /** Every letter produced by the batch, in its order, in one PDF to print. */
    @GetMapping("/publipostages/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @AuthenticationPrincipal UtilisateurConnecte utilisateur) {
        Publipostages.Publipostage lot = lot(id, utilisateur);
        PDFMergerUtility fusion = new PDFMergerUtility();
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        fusion.setDestinationStream(sortie);
        int lettres = 0;
        for (Publipostages.Ligne ligne : publipostages.lignes(id)) {
            ligne.courrier().flatMap(courriers::parId).map(CourrierProduit::document)
                    .flatMap(document -> documents.contenu(ligne.dossier(), document))
                    .ifPresent(contenu -> fusion.addSource(new RandomAccessReadBuffer(contenu.octets())));
            lettres += ligne.courrier().isPresent() ? 1 : 0;
        }
        if (lettres == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            fusion.mergeDocuments(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("publipostage " + lot.modele().gabarit() + " " + LocalDate.now(horloge) + ".pdf").build()
                        .toString())
                .body(sortie.toByteArray());
    }

    private String page(UtilisateurConnecte utilisateur, Model model) {
        model.addAttribute("modeles", modeles());
        model.addAttribute("actions", messages.libelles("action.", List.of(ProchaineAction.Type.values())));
        model.addAttribute("lots", publipostages.de(utilisateur.id(), 20));
        return "courrier/publipostages";
    }

    /** The letters a batch can make: to the débiteur, with nothing for the clerk to write. */
    private static Map<ModeleDeCourrier, String> modeles() {
        Map<ModeleDeCourrier, String> modeles = new LinkedHashMap<>();
        Arrays.stream(ModeleDeCourrier.values())
                .filter(modele -> modele.destinataire() == ModeleDeCourrier.Destinataire.DEBITEUR)
                .filter(modele -> modele.texteLibre() == ModeleDeCourrier.TexteLibre.AUCUN)
                .forEach(modele -> modeles.put(modele, modele.objet()));
        return modeles;
    }

    /** A batch is its author's; the commissaire sees every one. */
    private Publipostages.Publipostage lot(UUID id, UtilisateurConnecte utilisateur) {
        return publipostages.parId(id)
                .filter(lot -> lot.auteurId().equals(utilisateur.id()) || utilisateur.role() == Role.HUISSIER)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
