package fr.etude.dossier.web.format;

import org.springframework.format.FormatterRegistry;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.format.support.FormattingConversionService;

/** French amounts, dates and times, read and printed the same way by every form, parameter and imported file. */
public final class FormatsFrancais {

    private FormatsFrancais() {
    }

    static void enregistrer(FormatterRegistry registre) {
        registre.addFormatter(new MontantFormatter());
        registre.addFormatter(new DateFormatter());
        registre.addFormatter(new HeureFormatter());
    }

    /** The conversions a form's binding uses, for a binding outside of a request (a line of a file). */
    public static FormattingConversionService conversions() {
        DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
        enregistrer(conversions);
        return conversions;
    }
}
