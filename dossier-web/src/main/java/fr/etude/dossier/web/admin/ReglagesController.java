package fr.etude.dossier.web.admin;

import java.util.Arrays;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.core.reglage.Reglage;
import fr.etude.dossier.core.reglage.ReglagesDeLEtude;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** The office's settings that the rules read (contact policy, grace days, small-claims ceiling…), one form each. */
@Controller
class ReglagesController {

    private final Reglages reglages;
    private final ReglagesDeLEtude lecture;
    private final Messages messages;

    ReglagesController(Reglages reglages, ReglagesDeLEtude lecture, Messages messages) {
        this.reglages = reglages;
        this.lecture = lecture;
        this.messages = messages;
    }

    @GetMapping("/admin/reglages")
    String reglages(Model model) {
        model.addAttribute("reglage", new ReglageSaisi());
        return afficher(null, model);
    }

    @PostMapping("/admin/reglages/{cle}")
    String modifier(@PathVariable String cle, @Valid @ModelAttribute("reglage") ReglageSaisi saisie, BindingResult resultat,
                    @AuthenticationPrincipal UtilisateurConnecte administrateur, Model model, RedirectAttributes redirection) {
        Reglage reglage = Arrays.stream(Reglage.values()).filter(r -> r.cle().equals(cle)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!resultat.hasErrors()) {
            try {
                reglages.modifier(reglage, saisie.getValeur(), administrateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("reglages.modifie", messages.texte("reglage." + cle)));
                return "redirect:/admin/reglages";
            } catch (RegleEnfreinte refus) {
                RefusDuDomaine.rejeterLeChamp(resultat, "valeur", refus.getMessage());
            }
        }
        return afficher(reglage, model);
    }

    private String afficher(Reglage enErreur, Model model) {
        model.addAttribute("reglages", lecture.tous());
        model.addAttribute("enErreur", enErreur);
        return "admin/reglages";
    }

    /** One setting's new value, as typed. */
    public static class ReglageSaisi {
        @NotBlank
        @Size(max = 20)
        private String valeur;

        public String getValeur() { return valeur; }
        public void setValeur(String valeur) { this.valeur = valeur; }
    }

    /** A setting changed: checked by the core against its bounds, stored and audited. */
    @Service
    static class Reglages {

        private final ReglagesDeLEtude reglages;

        Reglages(ReglagesDeLEtude reglages) {
            this.reglages = reglages;
        }

        @Transactional
        void modifier(Reglage reglage, String valeur, Auteur auteur) {
            reglages.modifier(reglage, reglage.verifier(valeur), auteur.id(), auteur.nom());
        }
    }
}
