package fr.etude.dossier.web.erreur;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A request the domain refuses (a bad link, a value out of range) is answered with its French
 * reason and a 400, never a 500: nothing was changed.
 */
@ControllerAdvice
class DemandeInvalideAdvice {

    private final MessageSource messages;

    DemandeInvalideAdvice(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A parameter of a link that cannot be read ({@code ?au=2026-06-30}, {@code ?evenement=FETE}): the
     * French message of the parameter if the bundle has one ({@code parametre.au}), else a general one.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String parametreIllisible(MethodArgumentTypeMismatchException illisible, Model model) {
        Object[] arguments = {illisible.getName(), String.valueOf(illisible.getValue())};
        String general = messages.getMessage("parametre.illisible", arguments, Locale.FRANCE);
        model.addAttribute("motif", messages.getMessage("parametre." + illisible.getName(), arguments, general, Locale.FRANCE));
        return "error/400";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String demandeInvalide(IllegalArgumentException refus, Model model) {
        model.addAttribute("motif", refus.getMessage());
        return "error/400";
    }
}
