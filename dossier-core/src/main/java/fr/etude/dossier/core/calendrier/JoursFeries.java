package fr.etude.dossier.core.calendrier;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import java.util.TreeSet;

/**
 * French public holidays (L3133-1 Code du travail), computed for any year from the date of Easter:
 * none is typed in per year. Alsace-Moselle (Bas-Rhin 67, Haut-Rhin 68, Moselle 57) adds Good
 * Friday and 26 December (L3134-13 C. trav.).
 */
public final class JoursFeries {

    private static final Set<String> DEPARTEMENTS_ALSACE_MOSELLE = Set.of("57", "67", "68");

    private JoursFeries() {
    }

    public static Set<LocalDate> de(int annee, boolean alsaceMoselle) {
        LocalDate paques = paques(annee);
        Set<LocalDate> jours = new TreeSet<>(Set.of(
                LocalDate.of(annee, Month.JANUARY, 1),
                paques.plusDays(1),                      // lundi de Pâques
                LocalDate.of(annee, Month.MAY, 1),
                LocalDate.of(annee, Month.MAY, 8),
                paques.plusDays(39),                     // Ascension
                paques.plusDays(50),                     // lundi de Pentecôte
                LocalDate.of(annee, Month.JULY, 14),
                LocalDate.of(annee, Month.AUGUST, 15),
                LocalDate.of(annee, Month.NOVEMBER, 1),
                LocalDate.of(annee, Month.NOVEMBER, 11),
                LocalDate.of(annee, Month.DECEMBER, 25)));
        if (alsaceMoselle) {
            jours.add(paques.minusDays(2));              // Vendredi saint
            jours.add(LocalDate.of(annee, Month.DECEMBER, 26));
        }
        return jours;
    }

    public static boolean estFerie(LocalDate date, boolean alsaceMoselle) {
        return de(date.getYear(), alsaceMoselle).contains(date);
    }

    /** Whether the département (first two characters of a postcode, "57") follows the local law. */
    public static boolean estAlsaceMoselle(String codePostal) {
        return codePostal != null && codePostal.length() >= 2
                && DEPARTEMENTS_ALSACE_MOSELLE.contains(codePostal.substring(0, 2));
    }

    /** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm). */
    static LocalDate paques(int annee) {
        int a = annee % 19;
        int b = annee / 100;
        int c = annee % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int mois = (h + l - 7 * m + 114) / 31;
        int jour = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(annee, mois, jour);
    }
}
