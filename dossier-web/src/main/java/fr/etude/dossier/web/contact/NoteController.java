package fr.etude.dossier.web.contact;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/**
 * Adding an internal note from the dossier page. The page is shown again by a redirect; a refused
 * note goes with it, errors and text, so that nothing typed is lost.
 */
@Controller
class NoteController {

    private final LecturesDeDossier lectures;
    private final Notes notes;
    private final Messages messages;

    NoteController(LecturesDeDossier lectures, Notes notes, Messages messages) {
        this.lectures = lectures;
        this.notes = notes;
        this.messages = messages;
    }

    @PostMapping("/dossiers/{id}/notes")
    String ajouter(@PathVariable UUID id, @Valid @ModelAttribute("note") NoteSaisie saisie, BindingResult resultat,
                   @AuthenticationPrincipal UtilisateurConnecte utilisateur, RedirectAttributes redirection) {
        String reference = lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new).reference();
        if (!resultat.hasErrors()) {
            try {
                notes.ajouter(new DossierId(id), saisie.getVersion(), saisie.getTexte(), utilisateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("note.ajoutee"));
                return "redirect:/dossiers/" + id + "#chronologie";
            } catch (RegleEnfreinte refus) {
                RefusDuDomaine.rejeterLeChamp(resultat, "texte", refus.getMessage());
            } catch (ModificationConcurrente | OptimisticLockingFailureException conflit) {
                RefusDuDomaine.conflit(resultat, reference);
            }
        }
        redirection.addFlashAttribute("note", saisie);
        redirection.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "note", resultat);
        return "redirect:/dossiers/" + id + "#note";
    }
}
