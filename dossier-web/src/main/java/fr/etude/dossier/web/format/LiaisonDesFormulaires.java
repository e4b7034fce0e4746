package fr.etude.dossier.web.format;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
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

    /** A {@link SaisieIllisible} gives its own message code; any other mismatch the generic one. */
    private static final class ErreursDeLecture extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException exception, BindingResult resultat) {
            String champ = exception.getPropertyName();
            Throwable cause = exception.getMostSpecificCause();
            String code = cause instanceof SaisieIllisible illisible ? illisible.code() : exception.getErrorCode();
            Object saisi = exception.getValue();
            String[] codes = resultat.resolveMessageCodes(code, champ);
            Object[] arguments = {getArgumentsForBindError(resultat.getObjectName(), champ)[0], enTexte(saisi)};
            FieldError erreur = new FieldError(resultat.getObjectName(), champ, saisi, true, codes, arguments,
                    exception.getLocalizedMessage());
            resultat.addError(erreur);
        }

        /** What was typed, as the user would write it: several values (a list of boxes) one after the other. */
        private static String enTexte(Object saisi) {
            if (saisi instanceof Object[] valeurs) {
                return String.join(", ", java.util.Arrays.stream(valeurs).map(String::valueOf).toList());
            }
            return saisi == null ? "" : saisi.toString();
        }
    }
}
