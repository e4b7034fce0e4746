package fr.etude.dossier.core.calendrier;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Procedural deadlines. */
public final class Delais {

    private Delais() {
    }

    /**
     * A deadline that would end on a Saturday, Sunday or public holiday runs to the next working day
     * (art. 642 CPC).
     */
    public static LocalDate reporteAuJourOuvrable(LocalDate echeance, boolean alsaceMoselle) {
        LocalDate jour = echeance;
        while (!estOuvrable(jour, alsaceMoselle)) {
            jour = jour.plusDays(1);
        }
        return jour;
    }

    /** A day of the week other than Saturday and Sunday that is not a public holiday. */
    public static boolean estOuvrable(LocalDate jour, boolean alsaceMoselle) {
        return jour.getDayOfWeek() != DayOfWeek.SATURDAY && jour.getDayOfWeek() != DayOfWeek.SUNDAY
                && !JoursFeries.estFerie(jour, alsaceMoselle);
    }

    /** A deadline counted in months (art. 641 CPC: same day of the month, or its last day), then moved per 642. */
    public static LocalDate enMois(LocalDate depart, int mois, boolean alsaceMoselle) {
        return reporteAuJourOuvrable(depart.plusMonths(mois), alsaceMoselle);
    }

    /** A deadline counted in days from the day after the event (art. 641 CPC), then moved per 642. */
    public static LocalDate enJours(LocalDate depart, int jours, boolean alsaceMoselle) {
        return reporteAuJourOuvrable(depart.plusDays(jours), alsaceMoselle);
    }
}
