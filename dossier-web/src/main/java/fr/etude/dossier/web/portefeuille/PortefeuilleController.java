package fr.etude.dossier.web.portefeuille;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;

import fr.etude.dossier.core.dossier.Curseur;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.ListesDeDossiers;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** A creditor's portfolio: its own dossiers, scoped by the créancier of the signed-in user. */
@Controller
class PortefeuilleController {

    private static final int TAILLE_PAGE = 200;

    private final ListesDeDossiers listes;

    PortefeuilleController(ListesDeDossiers listes) {
        this.listes = listes;
    }

    @GetMapping("/portefeuille")
    String portefeuille(@AuthenticationPrincipal UtilisateurConnecte utilisateur,
                        @RequestParam(name = "apres", required = false) String apres, Model model) {
        CreancierId creancier = utilisateur.creancier()
                .orElseThrow(() -> new IllegalStateException("Utilisateur créancier sans créancier"));
        model.addAttribute("synthese", listes.synthese(creancier));
        model.addAttribute("page", listes.duCreancier(creancier, Optional.ofNullable(apres).map(Curseur::depuisTexte),
                TAILLE_PAGE));
        return "portefeuille/portefeuille";
    }
}
