package fr.etude.dossier.web.escalade;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.ListesDeDossiers;
import fr.etude.dossier.core.dossier.ListesDeDossiers.DemandeEnAttente;
import fr.etude.dossier.core.reclamation.Reclamations;

/** The commissaire's queue: the requests to go to contentieux, weighed today, then the dossiers in précontentieux. */
@Controller
class EscaladesController {

    private static final int TAILLE_PAGE = 100;
    private static final int RECLAMATIONS_MAX = 100;

    /** An open complaint with its age in days, and whether its answer date has passed. */
    record ReclamationOuverte(Reclamations.Ouverte reclamation, long age, boolean enRetard) {
    }

    private final ListesDeDossiers listes;
    private final FileDesDemandes file;
    private final Reclamations reclamations;
    private final Clock horloge;

    EscaladesController(ListesDeDossiers listes, FileDesDemandes file, Reclamations reclamations, Clock horloge) {
        this.listes = listes;
        this.file = file;
        this.reclamations = reclamations;
        this.horloge = horloge;
    }

    @GetMapping("/escalades")
    String escalades(@Valid @ModelAttribute("filtre") FiltreDesDemandes filtre, BindingResult resultat, Model model) {
        filtre.verifier(resultat);
        List<DemandeEnAttente> toutes = file.enAttente();
        model.addAttribute("demandes", file.examiner(toutes, filtre));
        LocalDate aujourdhui = LocalDate.now(horloge);
        model.addAttribute("aujourdhui", aujourdhui);
        model.addAttribute("reclamations", reclamations.ouvertes(RECLAMATIONS_MAX).stream()
                .map(ouverte -> new ReclamationOuverte(ouverte, ChronoUnit.DAYS.between(ouverte.recueLe(), aujourdhui),
                        aujourdhui.isAfter(ouverte.echeance()))).toList());
        model.addAttribute("enAttente", toutes.size());
        model.addAttribute("creanciers", new TreeSet<>(toutes.stream().map(demande -> demande.dossier().creancier()).toList()));
        model.addAttribute("clercs", new TreeSet<>(toutes.stream().flatMap(demande -> demande.dossier().gestionnaire().stream())
                .toList()));
        model.addAttribute("controles", FiltreDesDemandes.Controle.values());
        model.addAttribute("dossiers", listes.aEtape(Etape.PRECONTENTIEUX, TAILLE_PAGE));
        model.addAttribute("filtreActif", Optional.ofNullable(filtre.getCreancier()).filter(valeur -> !valeur.isBlank()).isPresent()
                || Optional.ofNullable(filtre.getClerc()).filter(valeur -> !valeur.isBlank()).isPresent()
                || filtre.getMin() != null || filtre.getMax() != null
                || filtre.getControle() != null && filtre.getControle() != FiltreDesDemandes.Controle.TOUS);
        return "escalade/escalades";
    }
}
