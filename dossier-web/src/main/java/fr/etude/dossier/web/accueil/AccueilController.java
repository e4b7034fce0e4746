package fr.etude.dossier.web.accueil;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** Each role lands on the page of its daily work. */
@Controller
class AccueilController {

    @GetMapping("/")
    String accueil(@AuthenticationPrincipal UtilisateurConnecte utilisateur) {
        return "redirect:" + switch (utilisateur.role()) {
            case CLERK -> "/journee";
            case HUISSIER -> "/escalades";
            case CREDITOR -> "/portefeuille";
            case ADMIN -> "/admin";
        };
    }
}
