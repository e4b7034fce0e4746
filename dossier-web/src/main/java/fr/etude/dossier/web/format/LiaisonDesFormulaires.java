package fr.etude.dossier.web.format;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every form is bound: text trimmed (blank is absent), rates read the French way, and a value that cannot be read becomes a
 * field error whose French message names the field and repeats what was typed.
 */
@ControllerAdvice
class LiaisonDesFormulaires {

    private static final ErreursDeLecture ERREURS_DE_LECTURE = new ErreursDeLecture();

    @InitBinder
    void lier(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        // Forms have no decimal but rates (amounts are Montant): the binder's own number editor for
        // BigDecimal would otherwise come first and refuse "6,65".
        binder.addCustomFormatter(new TauxFormatter(), java.math.BigDecimal.class);
        binder.setBindingErrorProcessor(ERREURS_DE_LECTURE);
    }
}
