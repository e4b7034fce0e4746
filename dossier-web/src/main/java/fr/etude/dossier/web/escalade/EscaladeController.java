package fr.etude.dossier.web.escalade;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.dossier.DecisionDEscalade;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** Asking for the next stage (clerk), approving or sending back contentieux (commissaire). */
@Controller
class EscaladeController {

    private final LecturesDeDossier lectures;
    private final Escalades escalades;
    private final Messages messages;

    EscaladeController(LecturesDeDossier lectures, Escalades escalades, Messages messages) {
        this.lectures = lectures;
        this.escalades = escalades;
        this.messages = messages;
    }

    @PostMapping("/dossiers/{id}/escalade")
    String demander(@PathVariable UUID id, @Valid @ModelAttribute("demande") DemandeSaisie saisie, BindingResult resultat,
                    @AuthenticationPrincipal UtilisateurConnecte utilisateur, RedirectAttributes redirection) {
        String reference = lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new).reference();
        if (!resultat.hasErrors()) {
            try {
                DecisionDEscalade decision = escalades.demander(new DossierId(id), saisie.getVersion(),
                        saisie.getJustification(), utilisateur.auteur());
                if (!decision.acceptee()) {
                    redirection.addFlashAttribute("alerte", messages.texte("escalade.refusee", String.join(" ; ", decision.motifs())));
                } else if (decision.cible().exigeLApprobationDuCommissaire()) {
                    redirection.addFlashAttribute("message", messages.texte("escalade.transmise"));
                } else {
                    redirection.addFlashAttribute("message", messages.texte("escalade.faite", decision.cible().libelle()));
                }
                return "redirect:/dossiers/" + id;
            } catch (IllegalArgumentException | RegleEnfreinte refus) {
                RefusDuDomaine.rejeterLeChamp(resultat, "justification", refus.getMessage());
            } catch (ModificationConcurrente | OptimisticLockingFailureException conflit) {
                RefusDuDomaine.conflit(resultat, reference);
            }
        }
        redirection.addFlashAttribute("demande", saisie);
        redirection.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "demande", resultat);
        return "redirect:/dossiers/" + id + "#escalade";
    }

    @PostMapping("/dossiers/{id}/escalade/approbation")
    String approuver(@PathVariable UUID id, @Valid @ModelAttribute("decision") DecisionSaisie saisie, BindingResult resultat,
                     @AuthenticationPrincipal UtilisateurConnecte utilisateur, RedirectAttributes redirection) {
        if (saisie.getProcedure() == null && !resultat.hasFieldErrors("procedure")) {
            RefusDuDomaine.obligatoire(resultat, "procedure");
        }
        if (resultat.hasErrors()) {
            return refuser(resultat, redirection);
        }
        try {
            DecisionDEscalade decision = escalades.approuver(new DossierId(id), saisie.getVersion(), saisie.getProcedure(),
                    utilisateur.auteur());
            if (decision.acceptee()) {
                redirection.addFlashAttribute("message", messages.texte("escalade.approuvee"));
            } else {
                redirection.addFlashAttribute("alerte", messages.texte("escalade.approbationImpossible",
                        String.join(" ; ", decision.motifs())));
            }
        } catch (IllegalArgumentException | RegleEnfreinte | ModificationConcurrente refus) {
            redirection.addFlashAttribute("alerte", refus.getMessage());
        }
        return "redirect:/escalades";
    }

    @PostMapping("/dossiers/{id}/escalade/renvoi")
    String renvoyer(@PathVariable UUID id, @Valid @ModelAttribute("decision") DecisionSaisie saisie, BindingResult resultat,
                    @AuthenticationPrincipal UtilisateurConnecte utilisateur, RedirectAttributes redirection) {
        if (saisie.getCommentaire() == null && !resultat.hasFieldErrors("commentaire")) {
            RefusDuDomaine.obligatoire(resultat, "commentaire");
        }
        if (resultat.hasErrors()) {
            return refuser(resultat, redirection);
        }
        try {
            escalades.renvoyer(new DossierId(id), saisie.getVersion(), saisie.getCommentaire(), utilisateur.auteur());
            redirection.addFlashAttribute("message", messages.texte("escalade.renvoyee"));
        } catch (IllegalArgumentException | RegleEnfreinte | ModificationConcurrente refus) {
            redirection.addFlashAttribute("alerte", refus.getMessage());
        }
        return "redirect:/escalades";
    }

    /** The queue is one page of many small forms: what was wrong comes back above it. */
    private String refuser(BindingResult resultat, RedirectAttributes redirection) {
        redirection.addFlashAttribute("alerte", String.join(" ", resultat.getAllErrors().stream()
                .map(erreur -> messages.texte(erreur)).toList()));
        return "redirect:/escalades";
    }
}
