package fr.etude.dossier.web.creancier;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.creancier.Creanciers;
import fr.etude.dossier.core.transmission.Attributions;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/**
 * Who gets a créancier's new dossiers (those it sends by the form or a file): the clerk the
 * administrator names, or the clerks in turn.
 */
@Controller
class AttributionController {

    private final RegistreDesCreanciers registre;
    private final Attributions attributions;
    private final Messages messages;

    AttributionController(RegistreDesCreanciers registre, Attributions attributions, Messages messages) {
        this.registre = registre;
        this.attributions = attributions;
        this.messages = messages;
    }

    @GetMapping("/admin/creanciers/{id}/attribution")
    String attribution(@PathVariable UUID id, Model model) {
        Creanciers.CreancierEnregistre creancier = registre.parId(new CreancierId(id));
        AttributionSaisie saisie = new AttributionSaisie();
        saisie.setGestionnaire(attributions.attitre(creancier.creancier().id()).map(UtilisateurId::value).orElse(null));
        model.addAttribute("attribution", saisie);
        return page(model, creancier);
    }

    @PostMapping("/admin/creanciers/{id}/attribution")
    @Transactional
    String nommer(@PathVariable UUID id, @Valid @ModelAttribute("attribution") AttributionSaisie saisie, BindingResult resultat,
                  @AuthenticationPrincipal UtilisateurConnecte administrateur, Model model, RedirectAttributes redirection) {
        Creanciers.CreancierEnregistre creancier = registre.parId(new CreancierId(id));
        Optional<UtilisateurId> clerc = Optional.ofNullable(saisie.getGestionnaire()).map(UtilisateurId::new);
        // Only an active clerk: the list offers no other, a forged form is refused all the same.
        if (clerc.isPresent() && attributions.clercsActifs().stream().noneMatch(actif -> actif.id().equals(clerc.get()))) {
            RefusDuDomaine.rejeterLeChamp(resultat, "gestionnaire", messages.texte("attribution.inconnu"));
        }
        if (resultat.hasErrors()) {
            return page(model, creancier);
        }
        attributions.nommer(creancier.creancier().id(), clerc, administrateur.auteur());
        redirection.addFlashAttribute("message", messages.texte("attribution.enregistree", creancier.creancier().raisonSociale()));
        return "redirect:/admin/creanciers/" + id + "/attribution";
    }

    private String page(Model model, Creanciers.CreancierEnregistre creancier) {
        Map<String, String> clercs = new LinkedHashMap<>();
        clercs.put("", messages.texte("attribution.aTourDeRole"));
        attributions.clercsActifs().forEach(clerc -> clercs.put(clerc.id().value().toString(), clerc.nom()));
        model.addAttribute("clercs", clercs);
        model.addAttribute("existant", creancier);
        return "creancier/attribution";
    }
}
