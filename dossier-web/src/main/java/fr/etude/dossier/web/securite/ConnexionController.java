package fr.etude.dossier.web.securite;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ConnexionController {

    @GetMapping("/connexion")
    String connexion(HttpServletRequest requete, Model model) {
        // "?erreur" is how Spring Security's failure URL says that the last attempt failed. One
        // answer whatever the reason (wrong password, unknown login, disabled account, attempt
        // made too soon): a different one would tell a guesser which logins exist.
        model.addAttribute("refusee", requete.getParameterMap().containsKey("erreur"));
        return "connexion";
    }
}
