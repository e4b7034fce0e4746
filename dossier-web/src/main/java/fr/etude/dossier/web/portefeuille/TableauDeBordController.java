package fr.etude.dossier.web.portefeuille;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.ListesDeDossiers;
import fr.etude.dossier.core.portefeuille.IndicateursDuPortefeuille;
import fr.etude.dossier.core.portefeuille.TableauDeBord;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/**
 * The creditor's dashboard: its own dossiers' figures over time, each chart drawn from the table that
 * reads it. Scoped by the créancier of the signed-in user, in every query.
 */
@Controller
class TableauDeBordController {

    private final TableauDeBord tableau;
    private final ListesDeDossiers listes;
    private final Clock horloge;

    TableauDeBordController(TableauDeBord tableau, ListesDeDossiers listes, Clock horloge) {
        this.tableau = tableau;
        this.listes = listes;
        this.horloge = horloge;
    }

    @GetMapping("/portefeuille/tableau-de-bord")
    String tableauDeBord(@AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model) {
        CreancierId creancier = utilisateur.creancier()
                .orElseThrow(() -> new IllegalStateException("Utilisateur créancier sans créancier"));
        model.addAttribute("indicateurs", IndicateursDuPortefeuille.au(LocalDate.now(horloge), creancier, tableau,
                listes.synthese(creancier)));
        return "portefeuille/tableau-de-bord";
    }
}
