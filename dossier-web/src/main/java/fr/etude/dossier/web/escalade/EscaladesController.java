package fr.etude.dossier.web.escalade;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.ListesDeDossiers;

/** The commissaire's queue: the requests to go to contentieux, then the dossiers in précontentieux. */
@Controller
class EscaladesController {

    private static final int TAILLE_PAGE = 100;

    private final ListesDeDossiers listes;

    EscaladesController(ListesDeDossiers listes) {
        this.listes = listes;
    }

    @GetMapping("/escalades")
    String escalades(Model model) {
        model.addAttribute("demandes", listes.demandesEnAttente(TAILLE_PAGE));
        model.addAttribute("procedures", fr.etude.dossier.core.dossier.Procedure.values());
        model.addAttribute("dossiers", listes.aEtape(Etape.PRECONTENTIEUX, TAILLE_PAGE));
        return "escalade/escalades";
    }
}
