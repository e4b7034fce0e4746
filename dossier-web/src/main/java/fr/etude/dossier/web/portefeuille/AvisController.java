package fr.etude.dossier.web.portefeuille;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.portail.AvisHebdomadaire;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** The creditor's own choice of the weekly summary by e-mail, and its address. */
@Controller
class AvisController {

    static final String ADRESSE = "/portefeuille/avis";

    private final AvisHebdomadaires avis;
    private final Messages messages;

    AvisController(AvisHebdomadaires avis, Messages messages) {
        this.avis = avis;
        this.messages = messages;
    }

    @GetMapping(ADRESSE)
    String formulaire(@AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model) {
        AvisHebdomadaire actuel = avis.de(utilisateur.id());
        AvisSaisi saisie = new AvisSaisi();
        saisie.setAbonne(actuel.abonne());
        saisie.setCourriel(actuel.courriel().map(Email::valeur).orElse(""));
        model.addAttribute("avis", saisie);
        return "portefeuille/avis";
    }

    @PostMapping(ADRESSE)
    String choisir(@Valid @ModelAttribute("avis") AvisSaisi saisie, BindingResult resultat,
                   @AuthenticationPrincipal UtilisateurConnecte utilisateur, RedirectAttributes redirection) {
        if (!resultat.hasErrors()) {
            try {
                AvisHebdomadaire choisi = AvisHebdomadaire.choisir(saisie.isAbonne(), saisie.getCourriel());
                avis.choisir(utilisateur.auteur(), choisi);
                redirection.addFlashAttribute("message", choisi.abonne()
                        ? messages.texte("avis.demande", choisi.courriel().orElseThrow().valeur())
                        : messages.texte("avis.arrete"));
                return "redirect:" + ADRESSE;
            } catch (RegleEnfreinte refus) {
                RefusDuDomaine.rejeter(resultat, refus, Map.of(RegleEnfreinte.Sujet.EMAIL, "courriel"));
            }
        }
        return "portefeuille/avis";
    }

    /** The choice as typed; the address is read by the core. */
    public static class AvisSaisi {
        private boolean abonne;
        @Size(max = 254)
        private String courriel;

        public boolean isAbonne() { return abonne; }
        public void setAbonne(boolean abonne) { this.abonne = abonne; }
        public String getCourriel() { return courriel; }
        public void setCourriel(String courriel) { this.courriel = courriel; }
    }
}
