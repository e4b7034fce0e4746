package fr.etude.dossier.web.escalade;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.dossier.TransitionRefusee;
import fr.etude.dossier.core.escalade.DecisionDEscalade;
import fr.etude.dossier.core.escalade.Procedure;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** Asking for the next stage (clerk), approving or sending back contentieux (commissaire). */
@Controller
class EscaladeController {

    private final Escalades escalades;

    EscaladeController(Escalades escalades) {
        this.escalades = escalades;
    }

    @PostMapping("/dossiers/{id}/escalade")
    String demander(@PathVariable UUID id, @RequestParam(defaultValue = "") String justification,
                    @RequestParam long version, @AuthenticationPrincipal UtilisateurConnecte utilisateur,
                    RedirectAttributes redirection) {
        try {
            DecisionDEscalade decision = escalades.demander(new DossierId(id), version, justification, auteur(utilisateur));
            if (!decision.acceptee()) {
                redirection.addFlashAttribute("alerte", "Passage refusé : " + String.join(" ; ", decision.motifs()) + ".");
            } else if (decision.cible().exigeLApprobationDuCommissaire()) {
                redirection.addFlashAttribute("message", "Demande transmise au commissaire de justice.");
            } else {
                redirection.addFlashAttribute("message", "Le dossier passe à l'étape " + decision.cible().libelle() + ".");
            }
        } catch (IllegalArgumentException | TransitionRefusee | ModificationConcurrente refus) {
            redirection.addFlashAttribute("alerte", refus.getMessage());
        }
        return "redirect:/dossiers/" + id;
    }

    @PostMapping("/dossiers/{id}/escalade/approbation")
    String approuver(@PathVariable UUID id, @RequestParam(defaultValue = "") String procedure, @RequestParam long version,
                     @AuthenticationPrincipal UtilisateurConnecte utilisateur, RedirectAttributes redirection) {
        try {
            DecisionDEscalade decision = escalades.approuver(new DossierId(id), version, procedure(procedure),
                    auteur(utilisateur));
            if (decision.acceptee()) {
                redirection.addFlashAttribute("message", "Passage au contentieux approuvé.");
            } else {
                redirection.addFlashAttribute("alerte", "Approbation impossible : " + String.join(" ; ", decision.motifs()) + ".");
            }
        } catch (IllegalArgumentException | TransitionRefusee | ModificationConcurrente refus) {
            redirection.addFlashAttribute("alerte", refus.getMessage());
        }
        return "redirect:/escalades";
    }

    @PostMapping("/dossiers/{id}/escalade/renvoi")
    String renvoyer(@PathVariable UUID id, @RequestParam(defaultValue = "") String commentaire, @RequestParam long version,
                    @AuthenticationPrincipal UtilisateurConnecte utilisateur, RedirectAttributes redirection) {
        try {
            escalades.renvoyer(new DossierId(id), version, commentaire, auteur(utilisateur));
            redirection.addFlashAttribute("message", "Demande renvoyée au chargé de recouvrement.");
        } catch (IllegalArgumentException | TransitionRefusee | ModificationConcurrente refus) {
            redirection.addFlashAttribute("alerte", refus.getMessage());
        }
        return "redirect:/escalades";
    }

    private static Procedure procedure(String texte) {
        try {
            return Procedure.valueOf(texte);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Choisissez la procédure à engager.");
        }
    }

    private static Auteur auteur(UtilisateurConnecte utilisateur) {
        return new Auteur(utilisateur.id(), utilisateur.nomAffiche());
    }
}
