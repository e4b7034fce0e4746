package fr.etude.dossier.web.config;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import fr.etude.dossier.persistence.erreur.MessagesDeContraintes;

/**
 * A value that slipped past the domain is stopped by a database rule: a French 400, nothing saved.
 * Here with the configuration, the one place of the web that knows the persistence module (the
 * constraint names are the schema's).
 */
@ControllerAdvice
class ReglesDeLaBaseAdvice {

    @ExceptionHandler(DataIntegrityViolationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String regleEnfreinte(DataIntegrityViolationException violation, Model model) {
        model.addAttribute("motif", MessagesDeContraintes.pour(violation));
        return "error/400";
    }
}
