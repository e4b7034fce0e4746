package fr.etude.dossier.web.contact;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** Adding an internal note from the dossier page; a refused note comes back with what was typed. */
@Controller
class NoteController {

    private final Notes notes;

    NoteController(Notes notes) {
        this.notes = notes;
    }

    @PostMapping("/dossiers/{id}/notes")
    String ajouter(@PathVariable UUID id, @RequestParam(defaultValue = "") String texte, @RequestParam long version,
                   @AuthenticationPrincipal UtilisateurConnecte utilisateur, RedirectAttributes redirection) {
        try {
            notes.ajouter(new DossierId(id), version, texte, new Auteur(utilisateur.id(), utilisateur.nomAffiche()));
            redirection.addFlashAttribute("message", "Note ajoutée à la chronologie.");
        } catch (IllegalArgumentException | ModificationConcurrente refus) {
            redirection.addFlashAttribute("alerte", refus.getMessage());
            redirection.addFlashAttribute("noteSaisie", texte);
        }
        return "redirect:/dossiers/" + id + "#chronologie";
    }
}
