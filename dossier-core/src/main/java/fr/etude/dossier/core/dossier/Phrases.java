package fr.etude.dossier.core.dossier;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sentences of the timeline, from the bundle {@code chronologie.properties} (MessageFormat: an
 * apostrophe is written twice). A timeline entry is written once and never rewritten: the sentence is
 * composed when the event happens, in the words of the bundle of that day.
 */
public final class Phrases {

    private static final Locale FRANCAIS = Locale.FRANCE;
    private static final ResourceBundle CHRONOLOGIE = ResourceBundle.getBundle("chronologie", Locale.ROOT);

    private Phrases() {
    }

    /** The sentence {@code cle} with its values, already written the French way (amounts, dates). */
    public static String de(String cle, Object... valeurs) {
        return new MessageFormat(CHRONOLOGIE.getString(cle), FRANCAIS).format(valeurs);
    }
}
