package fr.etude.dossier.web.erreur;

import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import fr.etude.dossier.core.dossier.ModificationConcurrente;

/**
 * The fallback for a stale write that its controller did not turn into a message on its form:
 * a French 409 saying nothing was saved, never a 500. The transaction was rolled back when the
 * version check failed, so the page says so truthfully.
 */
// Before DemandeInvalideAdvice: Spring also matches an exception's cause, and the cause here is
// often an IllegalArgumentException (NumberFormatException: "For input string"), whose handler
// would show Java's message.
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModificationConcurrenteAdvice {

    private static final Logger log = LoggerFactory.getLogger(ModificationConcurrenteAdvice.class);

    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockException.class,
            ModificationConcurrente.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflit(RuntimeException conflit, HttpServletRequest requete, Model model) {
        // Worth knowing: the controller of this address could keep what the user typed instead.
        log.warn("Modification concurrente sans réponse de son contrôleur : {} {} ({})", requete.getMethod(),
                requete.getRequestURI(), conflit.getClass().getSimpleName());
        if (conflit instanceof ModificationConcurrente) {
            model.addAttribute("motif", conflit.getMessage());
        }
        model.addAttribute("retour", PageDOrigine.de(requete));
        return "error/409";
    }
}
