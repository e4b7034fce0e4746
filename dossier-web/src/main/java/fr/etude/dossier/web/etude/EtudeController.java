package fr.etude.dossier.web.etude;

import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.etude.IdentiteDeLEtude;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** The office's identity, as its letters and statements will show it. */
@Controller
class EtudeController {

    private final IdentiteDeLEtudeService etude;
    private final Messages messages;

    EtudeController(IdentiteDeLEtudeService etude, Messages messages) {
        this.etude = etude;
        this.messages = messages;
    }

    @GetMapping("/admin/etude")
    String etude(Model model) {
        model.addAttribute("etude", etude.identite().map(EtudeSaisie::depuis).orElseGet(EtudeSaisie::new));
        return "etude/etude";
    }

    @PostMapping("/admin/etude")
    String enregistrer(@Valid @ModelAttribute("etude") EtudeSaisie saisie, BindingResult resultat,
                       @AuthenticationPrincipal UtilisateurConnecte administrateur, RedirectAttributes redirection) {
        Optional<IdentiteDeLEtude> identite = saisie.identite(resultat);
        if (identite.isEmpty()) {
            return "etude/etude";
        }
        etude.enregistrer(identite.get(), administrateur.auteur());
        redirection.addFlashAttribute("message", messages.texte("etude.enregistree"));
        return "redirect:/admin";
    }
}
