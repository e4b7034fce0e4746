package fr.etude.dossier.web.erreur;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where a form sent with a missing or stale CSRF token lands (the security configuration forwards
 * here, whatever the method): the page was open too long or the session ended. Nothing was saved;
 * the way out is to reload the page the form came from, which carries a fresh token.
 */
@Controller
class FormulaireExpireController {

    @RequestMapping("/formulaire-expire")
    String formulaireExpire(HttpServletRequest requete, HttpServletResponse reponse, Model model) {
        reponse.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("retour", PageDOrigine.de(requete));
        return "error/formulaire-expire";
    }
}
