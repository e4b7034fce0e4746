package fr.etude.dossier.web.admin;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.utilisateur.Utilisateur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.core.utilisateur.Utilisateurs;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** The office's accounts: listed, disabled when someone leaves, enabled again. */
@Controller
class UtilisateursController {

    private final Utilisateurs utilisateurs;
    private final Comptes comptes;
    private final Messages messages;

    UtilisateursController(Utilisateurs utilisateurs, Comptes comptes, Messages messages) {
        this.utilisateurs = utilisateurs;
        this.comptes = comptes;
        this.messages = messages;
    }

    @GetMapping("/admin/utilisateurs")
    String utilisateurs(Model model) {
        model.addAttribute("utilisateurs", utilisateurs.tous());
        return "admin/utilisateurs";
    }

    @PostMapping("/admin/utilisateurs/{id}/activite")
    String activite(@PathVariable UUID id, @RequestParam boolean actif,
                    @AuthenticationPrincipal UtilisateurConnecte administrateur, RedirectAttributes redirection) {
        try {
            Utilisateur compte = comptes.changerActivite(new UtilisateurId(id), actif, administrateur.auteur());
            redirection.addFlashAttribute("message", messages.texte(actif ? "utilisateur.active" : "utilisateur.desactive",
                    compte.nomAffiche()));
        } catch (IllegalArgumentException refus) {
            redirection.addFlashAttribute("alerte", refus.getMessage());
        }
        return "redirect:/admin/utilisateurs";
    }

    /** An account disabled or enabled: the rule is the core's, the change is audited. */
    @Service
    static class Comptes {

        private final Utilisateurs utilisateurs;

        Comptes(Utilisateurs utilisateurs) {
            this.utilisateurs = utilisateurs;
        }

        @Transactional
        Utilisateur changerActivite(UtilisateurId id, boolean actif, Auteur administrateur) {
            Utilisateur compte = utilisateurs.parId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
                    .avecActivite(actif, administrateur.id());
            utilisateurs.enregistrerActivite(compte, administrateur.id(), administrateur.nom());
            return compte;
        }
    }
}
