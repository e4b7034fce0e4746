package fr.etude.dossier.web.securite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ConnexionController {

    private final SecuriteProperties proprietes;

    ConnexionController(SecuriteProperties proprietes) {
        this.proprietes = proprietes;
    }

    @GetMapping("/connexion")
    String connexion(HttpServletRequest requete, HttpSession session, Model model) {
        // "?erreur" is how Spring Security's failure URL says that the last attempt failed.
        if (requete.getParameterMap().containsKey("erreur")) {
            Object exception = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (exception instanceof LockedException) {
                model.addAttribute("erreur", "connexion.erreur.bloque");
                model.addAttribute("minutes", proprietes.dureeBlocage().toMinutes());
            } else if (exception instanceof DisabledException) {
                model.addAttribute("erreur", "connexion.erreur.desactive");
            } else {
                model.addAttribute("erreur", "connexion.erreur.identifiants");
            }
        }
        return "connexion";
    }
}
