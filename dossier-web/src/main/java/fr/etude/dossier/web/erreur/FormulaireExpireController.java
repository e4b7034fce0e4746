package fr.etude.dossier.web.erreur;

import java.net.URI;
import java.net.URISyntaxException;

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

    static final String CHEMIN = "/formulaire-expire";

    @RequestMapping(CHEMIN)
    String formulaireExpire(HttpServletRequest requete, HttpServletResponse reponse, Model model) {
        reponse.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("retour", pageDuFormulaire(requete));
        return "error/formulaire-expire";
    }

    /**
     * The page the form was on, when the Referer says it is one of ours; otherwise null (the
     * template offers the home page). Only its path and query are kept: the link can lead nowhere else.
     */
    static String pageDuFormulaire(HttpServletRequest requete) {
        String referer = requete.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI page = new URI(referer);
            boolean memeOrigine = requete.getScheme().equalsIgnoreCase(page.getScheme())
                    && requete.getServerName().equalsIgnoreCase(page.getHost())
                    && requete.getServerPort() == port(page);
            String chemin = page.getRawPath();
            if (!memeOrigine || chemin == null || !chemin.startsWith(requete.getContextPath() + "/")) {
                return null;
            }
            return page.getRawQuery() == null ? chemin : chemin + "?" + page.getRawQuery();
        } catch (URISyntaxException illisible) {
            return null;
        }
    }

    private static int port(URI page) {
        if (page.getPort() != -1) {
            return page.getPort();
        }
        return "https".equalsIgnoreCase(page.getScheme()) ? 443 : 80;
    }
}
