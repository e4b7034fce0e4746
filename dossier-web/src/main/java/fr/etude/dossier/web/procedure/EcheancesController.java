package fr.etude.dossier.web.procedure;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.etude.dossier.core.procedure.Actes;
import fr.etude.dossier.core.procedure.Actes.EcheanceOuverte;

/**
 * The commissaire's deadlines: overdue acts, what falls due this week, the month ahead, and later
 * (an order to serve within months is watched from the day it is recorded).
 */
@Controller
class EcheancesController {

    private static final int JOURS_D_AVANCE = 30;
    private static final int HORIZON_EN_JOURS = 366;
    private static final int ECHEANCES_MAX = 500;

    private final Actes actes;
    private final Clock horloge;

    EcheancesController(Actes actes, Clock horloge) {
        this.actes = actes;
        this.horloge = horloge;
    }

    @GetMapping("/echeances")
    String echeances(Model model) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        LocalDate finDeSemaine = aujourdhui.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate finDuMois = aujourdhui.plusDays(JOURS_D_AVANCE);
        List<EcheanceOuverte> toutes = actes.aSurveiller(aujourdhui, aujourdhui.plusDays(HORIZON_EN_JOURS), ECHEANCES_MAX);
        model.addAttribute("aujourdhui", aujourdhui);
        model.addAttribute("depassees", toutes.stream().filter(e -> e.acte().echeance().orElseThrow().depassee(aujourdhui)).toList());
        model.addAttribute("semaine", toutes.stream().filter(e -> !e.acte().echeance().orElseThrow().depassee(aujourdhui)
                && !e.acte().echeance().orElseThrow().le().isAfter(finDeSemaine)).toList());
        model.addAttribute("aVenir", toutes.stream().filter(e -> e.acte().echeance().orElseThrow().le().isAfter(finDeSemaine)
                && !e.acte().echeance().orElseThrow().le().isAfter(finDuMois)).toList());
        model.addAttribute("plusTard", toutes.stream().filter(e -> e.acte().echeance().orElseThrow().le().isAfter(finDuMois)).toList());
        model.addAttribute("joursDAvance", JOURS_D_AVANCE);
        return "procedure/echeances";
    }
}
