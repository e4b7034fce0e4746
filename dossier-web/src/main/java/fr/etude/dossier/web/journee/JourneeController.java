package fr.etude.dossier.web.journee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import fr.etude.dossier.core.dossier.Curseur;
import fr.etude.dossier.core.dossier.DemandeDeJournee;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.FiltreDeJournee;
import fr.etude.dossier.core.dossier.Indicateur;
import fr.etude.dossier.core.reglage.Reglage;
import fr.etude.dossier.core.reglage.ReglagesDeLEtude;
import fr.etude.dossier.core.dossier.ListesDeDossiers;
import fr.etude.dossier.core.dossier.PageDeDossiers;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/**
 * Ma journée: the clerk's dossiers whose next action is due today or overdue, by priority, with
 * filters and what each would show.
 */
@Controller
class JourneeController {

    private static final int TAILLE_PAGE = 50;

    private final ListesDeDossiers listes;
    private final Clock horloge;
    private final ReglagesDeLEtude reglages;
    private final MessageSource messages;

    JourneeController(ListesDeDossiers listes, Clock horloge, ReglagesDeLEtude reglages, MessageSource messages) {
        this.listes = listes;
        this.horloge = horloge;
        this.reglages = reglages;
        this.messages = messages;
    }

    @GetMapping("/journee")
    String journee(@AuthenticationPrincipal UtilisateurConnecte clerc, @ModelAttribute("criteres") CriteresDeJournee criteres,
                   BindingResult resultat, @RequestParam(name = "apres", required = false) String apres, Model model) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        LocalDate alertePrescription = aujourdhui.plusMonths(reglages.entier(Reglage.PRESCRIPTION_PREAVIS_MOIS));
        FiltreDeJournee filtre = criteres.filtre(resultat);
        DemandeDeJournee demande = new DemandeDeJournee(clerc.id(), aujourdhui, alertePrescription, filtre);
        PageDeDossiers page = listes.journee(demande, Optional.ofNullable(apres).map(Curseur::depuisTexte), TAILLE_PAGE);
        model.addAttribute("aujourdhui", aujourdhui);
        model.addAttribute("alertePrescription", alertePrescription);
        model.addAttribute("filtre", filtre);
        model.addAttribute("compteurs", listes.compteurs(demande));
        model.addAttribute("etapes", Etape.values());
        model.addAttribute("indicateurs", Indicateur.values());
        model.addAttribute("lignes", page.dossiers().stream()
                .map(dossier -> LigneDeJournee.de(dossier, aujourdhui, alertePrescription, messages)).toList());
        model.addAttribute("pageSuivante", page.suivante().map(curseur -> UriComponentsBuilder.fromPath("/journee")
                .queryParams(new LinkedMultiValueMap<>(criteres.parametres()))
                .queryParam("apres", curseur.enTexte()).encode().build().toUriString()));
        return "journee/journee";
    }
}
