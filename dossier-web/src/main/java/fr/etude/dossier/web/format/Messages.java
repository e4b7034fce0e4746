package fr.etude.dossier.web.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** The bundle's text for {@code cle}, or {@code sinon} when the bundle has none (a name read from data). */
    public String texteOu(String cle, String sinon) {
        return source.getMessage(cle, null, sinon, FRANCAIS);
    }

    /**
     * The options of a choice, in order, each with its label {@code prefixe + name()} from the bundle;
     * {@code aucun}, when given, labels an empty first option.
     */
    public <E extends Enum<E>> Map<E, String> libelles(String prefixe, List<E> valeurs, String... aucun) {
        Map<E, String> libelles = new LinkedHashMap<>();
        if (aucun.length > 0) {
            libelles.put(null, aucun[0]);
        }
        valeurs.forEach(valeur -> libelles.put(valeur, texte(prefixe + valeur.name())));
        return libelles;
    }

    /** An error of a bound form, as the template would show it. */
    public String texte(MessageSourceResolvable erreur) {
        return source.getMessage(erreur, FRANCAIS);
    }
}
