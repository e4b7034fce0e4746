package fr.etude.dossier.web.journee;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.etude.dossier.core.dossier.DossierResume;
import fr.etude.dossier.core.dossier.ListesDeDossiers;

/**
 * Finds a dossier from what the caller on the phone gives: a name (accents and typos forgiven), a
 * reference, a phone number, an e-mail or a SIREN. A single match opens the dossier.
 */
@Controller
class RechercheController {

    private static final int LIMITE = 50;
    /** Longer than any name, reference, phone or e-mail: beyond it, a search is a paste gone wrong. */
    private static final int LONGUEUR_MAX = 100;

    private final ListesDeDossiers listes;

    RechercheController(ListesDeDossiers listes) {
        this.listes = listes;
    }

    @GetMapping("/recherche")
    String rechercher(@RequestParam(name = "q", defaultValue = "") String texte, Model model) {
        String cherche = texte.strip();
        model.addAttribute("q", cherche);
        if (cherche.length() > LONGUEUR_MAX) {
            model.addAttribute("q", cherche.substring(0, LONGUEUR_MAX));
            model.addAttribute("trop_long", true);
            model.addAttribute("resultats", List.of());
            return "journee/recherche";
        }
        if (cherche.length() < 2) {
            model.addAttribute("trop_court", !cherche.isEmpty());
            model.addAttribute("resultats", List.of());
            return "journee/recherche";
        }
        List<DossierResume> resultats = listes.rechercher(cherche, Optional.empty(), LIMITE);
        model.addAttribute("recherchee", true);
        if (resultats.size() == 1) {
            return "redirect:/dossiers/" + resultats.get(0).id().value();
        }
        model.addAttribute("resultats", resultats);
        model.addAttribute("limiteAtteinte", resultats.size() == LIMITE);
        return "journee/recherche";
    }
}
