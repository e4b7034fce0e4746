package fr.etude.dossier.web.erreur;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import fr.etude.dossier.persistence.erreur.MessagesDeContraintes;

/**
 * A request the domain refuses (a bad link, a value out of range) is answered with its French
 * reason and a 400, never a 500: nothing was changed.
 */
@ControllerAdvice
class DemandeInvalideAdvice {

    /** A value that slipped past the domain is stopped by a database rule: the same French answer. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String regleEnfreinte(DataIntegrityViolationException violation, Model model) {
        model.addAttribute("motif", MessagesDeContraintes.pour(violation));
        return "error/400";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String demandeInvalide(IllegalArgumentException refus, Model model) {
        model.addAttribute("motif", refus.getMessage());
        return "error/400";
    }
}
