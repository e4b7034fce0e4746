package fr.etude.dossier.web.journee;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;

import fr.etude.dossier.core.dossier.Curseur;

import fr.etude.dossier.core.dossier.ListesDeDossiers;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** Ma journée: the clerk's dossiers whose next action is due today or overdue. */
@Controller
class JourneeController {

    private static final int TAILLE_PAGE = 100;

    private final ListesDeDossiers listes;
    private final Clock horloge;

    JourneeController(ListesDeDossiers listes, Clock horloge) {
        this.listes = listes;
        this.horloge = horloge;
    }

    @GetMapping("/journee")
    String journee(@AuthenticationPrincipal UtilisateurConnecte clerc,
                   @RequestParam(name = "apres", required = false) String apres, Model model) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        model.addAttribute("aujourdhui", aujourdhui);
        model.addAttribute("page", listes.journee(clerc.id(), aujourdhui,
                Optional.ofNullable(apres).map(Curseur::depuisTexte), TAILLE_PAGE));
        return "journee/journee";
    }
}
