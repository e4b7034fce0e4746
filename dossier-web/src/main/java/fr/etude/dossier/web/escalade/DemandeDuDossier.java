package fr.etude.dossier.web.escalade;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The dossier page's request form starts empty; after a refused request, the redirect brings back
 * what was typed and its errors instead (a flash attribute is in the model before this runs).
 */
@ControllerAdvice(basePackages = "fr.etude.dossier.web.dossier")
class DemandeDuDossier {

    @ModelAttribute("demande")
    DemandeSaisie demande() {
        return new DemandeSaisie();
    }
}
