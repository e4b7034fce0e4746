package fr.etude.dossier.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.etude.dossier.core.utilisateur.Utilisateurs;

@Controller
class UtilisateursController {

    private final Utilisateurs utilisateurs;

    UtilisateursController(Utilisateurs utilisateurs) {
        this.utilisateurs = utilisateurs;
    }

    @GetMapping("/admin/utilisateurs")
    String utilisateurs(Model model) {
        model.addAttribute("utilisateurs", utilisateurs.tous());
        return "admin/utilisateurs";
    }
}
