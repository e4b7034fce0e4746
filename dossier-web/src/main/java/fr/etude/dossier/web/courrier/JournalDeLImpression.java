package fr.etude.dossier.web.courrier;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * openhtmltopdf's messages through the application's logging, under their own names
 * ({@code com.openhtmltopdf.load}…), so that their levels are set like any other's. Left to itself,
 * the library prints half a dozen lines per letter to the console. (Its own SLF4J module is not
 * published for the version in use.)
 */
final class JournalDeLImpression implements XRLogger {

    @Override
    public void log(String ou, Level niveau, String message) {
        log(ou, niveau, message, null);
    }

    @Override
    public void log(String ou, Level niveau, String message, Throwable erreur) {
        Logger journal = LoggerFactory.getLogger(ou);
        int valeur = niveau.intValue();
        if (valeur >= Level.SEVERE.intValue()) {
            journal.error(message, erreur);
        } else if (valeur >= Level.WARNING.intValue()) {
            journal.warn(message, erreur);
        } else if (valeur >= Level.INFO.intValue()) {
            journal.info(message, erreur);
        } else {
            journal.debug(message, erreur);
        }
    }

    @Override
    public void setLevel(String ou, Level niveau) {
        // Levels are the application's logging settings (logging.level.com.openhtmltopdf).
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger journal = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int valeur = diagnostic.getLevel().intValue();
        if (valeur >= Level.SEVERE.intValue()) {
            return journal.isErrorEnabled();
        }
        if (valeur >= Level.WARNING.intValue()) {
            return journal.isWarnEnabled();
        }
        return valeur >= Level.INFO.intValue() ? journal.isInfoEnabled() : journal.isDebugEnabled();
    }
}
