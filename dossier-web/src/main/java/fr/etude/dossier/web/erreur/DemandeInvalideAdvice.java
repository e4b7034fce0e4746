package fr.etude.dossier.web.erreur;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request the domain refuses (a bad link, a value out of range) is answered with its French
 * reason and a 400, never a 500: nothing was changed.
 */
@ControllerAdvice
class DemandeInvalideAdvice {

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String demandeInvalide(IllegalArgumentException refus, Model model) {
        model.addAttribute("motif", refus.getMessage());
        return "error/400";
    }
}
