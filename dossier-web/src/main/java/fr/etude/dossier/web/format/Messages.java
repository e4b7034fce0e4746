package fr.etude.dossier.web.format;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/** The French sentences of the bundle, for what a controller says outside a template (flash messages). */
@Component
public class Messages {

    private static final Locale FRANCAIS = Locale.FRANCE;

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String texte(String cle, Object... arguments) {
        return source.getMessage(cle, arguments, FRANCAIS);
    }

    /** An error of a bound form, as the template would show it. */
    public String texte(MessageSourceResolvable erreur) {
        return source.getMessage(erreur, FRANCAIS);
    }
}
