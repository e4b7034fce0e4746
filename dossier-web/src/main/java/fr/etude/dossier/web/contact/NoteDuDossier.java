package fr.etude.dossier.web.contact;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The dossier page's note form starts empty; after a refused note, the redirect brings back what was
 * typed and its errors instead (a flash attribute is in the model before this method would run).
 * Only the dossier page's controllers get it.
 */
@ControllerAdvice(basePackages = "fr.etude.dossier.web.dossier")
class NoteDuDossier {

    @ModelAttribute("note")
    NoteSaisie note() {
        return new NoteSaisie();
    }
}
