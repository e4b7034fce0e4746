package fr.etude.dossier.web.supervision;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.etude.dossier.core.supervision.Supervision;

/**
 * The commissaire's supervision of the office's conduct: every override of the contact policy with
 * its reason, and each clerk's activity per week, as a table and as a chart drawn from that table.
 */
@Controller
class SupervisionController {

    private static final int SEMAINES_PAR_DEFAUT = 8;
    private static final int JOURS_MAX = 366;
    private static final int DEROGATIONS_MAX = 200;

    private final Supervision supervision;
    private final Clock horloge;

    SupervisionController(Supervision supervision, Clock horloge) {
        this.supervision = supervision;
        this.horloge = horloge;
    }

    /** Contacts per author and week, for the chart and its table: authors in rows, weeks in columns. */
    record Serie(String auteur, List<Integer> contacts) {
    }

    @GetMapping("/supervision")
    String supervision(@ModelAttribute("periode") PeriodeSaisie periode, BindingResult lecture, Model model) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        if (lecture.hasFieldErrors("au") || periode.getAu() == null) {
            periode.setAu(aujourdhui);
        }
        if (lecture.hasFieldErrors("du") || periode.getDu() == null) {
            periode.setDu(periode.getAu().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(SEMAINES_PAR_DEFAUT - 1));
        }
        if (periode.getDu().isAfter(periode.getAu())) {
            lecture.rejectValue("au", "periode.au.avantDu");
            periode.setDu(periode.getAu().minusWeeks(SEMAINES_PAR_DEFAUT - 1));
        } else if (ChronoUnit.DAYS.between(periode.getDu(), periode.getAu()) > JOURS_MAX) {
            lecture.rejectValue("du", "periode.du.tropLoin");
            periode.setDu(periode.getAu().minusDays(JOURS_MAX));
        }
        List<Supervision.Activite> activite = supervision.activite(periode.getDu(), periode.getAu());
        List<LocalDate> semaines = new ArrayList<>();
        for (LocalDate lundi = periode.getDu().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
             !lundi.isAfter(periode.getAu()); lundi = lundi.plusWeeks(1)) {
            semaines.add(lundi);
        }
        Map<String, Map<LocalDate, Integer>> parAuteur = new LinkedHashMap<>();
        activite.forEach(ligne -> parAuteur.computeIfAbsent(ligne.auteur(), auteur -> new LinkedHashMap<>())
                .put(ligne.semaine(), ligne.contacts()));
        model.addAttribute("derogations", supervision.derogations(periode.getDu(), periode.getAu(), DEROGATIONS_MAX));
        model.addAttribute("activite", activite);
        model.addAttribute("semaines", semaines);
        model.addAttribute("series", new TreeSet<>(parAuteur.keySet()).stream().map(auteur -> new Serie(auteur,
                semaines.stream().map(semaine -> parAuteur.get(auteur).getOrDefault(semaine, 0)).toList())).toList());
        return "supervision/supervision";
    }
}
