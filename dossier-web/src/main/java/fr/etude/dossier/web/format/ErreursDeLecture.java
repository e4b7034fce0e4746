package fr.etude.dossier.web.format;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/** A {@link SaisieIllisible} gives its own message code; any other mismatch the generic one. */
public final class ErreursDeLecture extends DefaultBindingErrorProcessor {

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
