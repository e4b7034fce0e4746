package fr.etude.dossier.core.prescription;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.TitreExecutoire;

/** When a créance becomes time-barred, and why. */
public final class Prescription {

    private Prescription() {
    }

    /** The period that applies to the créance, with its legal source. */
    public static DelaiDePrescription delai(Creance creance) {
        if (creance.titre().filter(TitreExecutoire::estJudiciaire).isPresent()) {
            return new DelaiDePrescription(Period.ofYears(10), "10 ans (titre exécutoire judiciaire, art. L111-4 CPCE)");
        }
        return switch (creance.nature()) {
            case CONSOMMATION -> new DelaiDePrescription(Period.ofYears(2),
                    "2 ans (action d'un professionnel contre un consommateur, art. L218-2 C. conso.)");
            case COMMERCIALE -> new DelaiDePrescription(Period.ofYears(5),
                    "5 ans (obligations entre commerçants, art. L110-4 C. com.)");
            case CIVILE -> new DelaiDePrescription(Period.ofYears(5), "5 ans (art. 2224 C. civ.)");
        };
    }

    /**
     * The date from which the créance is time-barred: the last day to act is the day before. The
     * period runs from the due date (or, for a judgment, from its signification), starts anew at each
     * interruption and stops during a suspension.
     */
    public static EtatDePrescription calculer(Creance creance, List<EvenementDePrescription> evenements) {
        DelaiDePrescription delai = delai(creance);
        LocalDate depart = creance.titre().filter(TitreExecutoire::estJudiciaire)
                .map(titre -> titre.signification().orElse(titre.date()))
                .orElse(creance.exigibilite());
        LocalDate acquise = depart.plus(delai.duree());
        List<String> explication = new ArrayList<>();
        explication.add("Délai de " + delai.libelle() + " à compter du " + FormatFrancais.date(depart) + ".");
        List<EvenementDePrescription> ordonnes = evenements.stream()
                .sorted(Comparator.comparing(EvenementDePrescription::date)).toList();
        for (EvenementDePrescription evenement : ordonnes) {
            if (!evenement.date().isBefore(acquise)) {
                explication.add("Le " + FormatFrancais.date(evenement.date())
                        + " : sans effet, la prescription était acquise le " + FormatFrancais.date(acquise) + ".");
                continue;
            }
            if (evenement instanceof EvenementDePrescription.Interruption interruption) {
                acquise = interruption.date().plus(delai.duree());
                explication.add("Interrompue le " + FormatFrancais.date(interruption.date()) + " par "
                        + interruption.cause().libelle() + " : nouveau délai jusqu'au " + FormatFrancais.date(acquise) + ".");
            } else if (evenement instanceof EvenementDePrescription.Suspension suspension) {
                long joursRestants = ChronoUnit.DAYS.between(suspension.date(), acquise);
                LocalDate reprise = suspension.fin().plusDays(joursRestants);
                LocalDate minimum = suspension.fin().plusMonths(suspension.cause().moisMinimumApres());
                acquise = reprise.isBefore(minimum) ? minimum : reprise;
                explication.add("Suspendue du " + FormatFrancais.date(suspension.date()) + " au "
                        + FormatFrancais.date(suspension.fin()) + " (" + suspension.cause().libelle()
                        + ") : reprise jusqu'au " + FormatFrancais.date(acquise) + ".");
            }
        }
        return new EtatDePrescription(acquise, delai, explication);
    }

    public record DelaiDePrescription(Period duree, String libelle) {
    }

    /** @param acquiseLe the first day the créance is time-barred */
    public record EtatDePrescription(LocalDate acquiseLe, DelaiDePrescription delai, List<String> explication) {

        public boolean estPrescrite(LocalDate aujourdhui) {
            return !aujourdhui.isBefore(acquiseLe);
        }

        /** Within the warning period before the date, so that the clerk acts in time. */
        public boolean approche(LocalDate aujourdhui, Period preavis) {
            return !estPrescrite(aujourdhui) && !aujourdhui.plus(preavis).isBefore(acquiseLe);
        }
    }
}
