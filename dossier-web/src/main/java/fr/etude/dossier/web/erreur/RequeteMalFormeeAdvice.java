package fr.etude.dossier.web.erreur;

import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.ui.Model;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A request no screen of Dossier sends (a hand-edited link, a form from an older page, a bookmark
 * of a form's address) gets a French page naming what is wrong, never Spring's or Java's message
 * and never a 500. Nothing was changed: the request stopped before any controller ran.
 */
// Before DemandeInvalideAdvice: Spring also matches an exception's cause, and the cause here is
// often an IllegalArgumentException (NumberFormatException: "For input string"), whose handler
// would show Java's message.
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequeteMalFormeeAdvice {

    private final MessageSource messages;

    RequeteMalFormeeAdvice(MessageSource messages) {
        this.messages = messages;
    }

    /** A bad id in the path names nothing: the "page not found" answer, as for an unknown id. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String valeurDeTypeInattendu(MethodArgumentTypeMismatchException erreur, HttpServletResponse reponse, Model model) {
        if (erreur.getParameter().hasParameterAnnotation(PathVariable.class)) {
            reponse.setStatus(HttpStatus.NOT_FOUND.value());
            return "error/404";
        }
        reponse.setStatus(HttpStatus.BAD_REQUEST.value());
        // A parameter with a sentence of its own (parametre.au: the décompte's date) says what it expects.
        Object[] arguments = {erreur.getName(), String.valueOf(erreur.getValue())};
        String general = messages.getMessage(attendu(erreur.getRequiredType()), arguments, LocaleContextHolder.getLocale());
        model.addAttribute("motif", messages.getMessage("parametre." + erreur.getName(), arguments, general,
                LocaleContextHolder.getLocale()));
        return "error/400";
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String parametreManquant(MissingServletRequestParameterException erreur, Model model) {
        model.addAttribute("motif", message("erreur.parametre.manquant", erreur.getParameterName()));
        return "error/400";
    }

    /** A form object bound without a BindingResult: the first field that could not be read. */
    @ExceptionHandler(BindException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String champIllisible(BindException erreur, Model model) {
        FieldError champ = erreur.getFieldError();
        if (champ == null) {
            model.addAttribute("motif", message("erreur.demande.illisible"));
        } else if (champ.isBindingFailure()) {
            model.addAttribute("motif", message(attendu(erreur.getFieldType(champ.getField())), champ.getField()));
        } else {
            model.addAttribute("motif", message("erreur.champ.invalide", champ.getField(),
                    StringUtils.hasText(champ.getDefaultMessage()) ? champ.getDefaultMessage() : ""));
        }
        return "error/400";
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String corpsIllisible(Model model) {
        model.addAttribute("motif", message("erreur.demande.illisible"));
        return "error/400";
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    @ResponseStatus(HttpStatus.METHOD_NOT_ALLOWED)
    String methodeNonPermise(HttpRequestMethodNotSupportedException erreur, HttpServletResponse reponse) {
        if (erreur.getSupportedHttpMethods() != null) {
            reponse.setHeader(HttpHeaders.ALLOW, StringUtils.collectionToCommaDelimitedString(erreur.getSupportedHttpMethods()));
        }
        return "error/405";
    }

    private static String attendu(Class<?> type) {
        if (type == null) {
            return "erreur.parametre.valeur";
        }
        Class<?> enveloppe = ClassUtils.resolvePrimitiveIfNecessary(type);
        if (enveloppe == Integer.class || enveloppe == Long.class || enveloppe == Short.class
                || enveloppe == Byte.class || enveloppe == BigInteger.class) {
            return "erreur.parametre.entier";
        }
        if (Number.class.isAssignableFrom(enveloppe)) {
            return "erreur.parametre.nombre";
        }
        if (enveloppe == UUID.class) {
            return "erreur.parametre.identifiant";
        }
        if (Temporal.class.isAssignableFrom(enveloppe)) {
            return "erreur.parametre.date";
        }
        return "erreur.parametre.valeur";
    }

    private String message(String cle, Object... arguments) {
        return messages.getMessage(cle, arguments, LocaleContextHolder.getLocale());
    }
}
