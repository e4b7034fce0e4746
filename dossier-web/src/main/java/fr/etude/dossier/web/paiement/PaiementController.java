package fr.etude.dossier.web.paiement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.dossier.Paiements;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.core.paiement.ModePaiement;
import fr.etude.dossier.core.paiement.Paiement;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** Recording a payment, and reversing one. */
@Controller
class PaiementController {

    private static final Map<RegleEnfreinte.Sujet, String> CHAMPS = Map.of(
            RegleEnfreinte.Sujet.DATE, "date", RegleEnfreinte.Sujet.MONTANT, "montant");

    private final LecturesDeDossier lectures;
    private final Paiements paiements;
    private final Encaissements encaissements;
    private final Messages messages;
    private final Clock horloge;

    PaiementController(LecturesDeDossier lectures, Paiements paiements, Encaissements encaissements, Messages messages,
                       Clock horloge) {
        this.lectures = lectures;
        this.paiements = paiements;
        this.encaissements = encaissements;
        this.messages = messages;
        this.horloge = horloge;
    }

    @GetMapping("/dossiers/{id}/paiements/nouveau")
    String formulaire(@PathVariable UUID id, Model model) {
        FicheDeDossier fiche = fiche(id);
        model.addAttribute("paiement", PaiementSaisi.du(LocalDate.now(horloge), fiche.version()));
        return afficher(fiche, model);
    }

    @PostMapping("/dossiers/{id}/paiements")
    String encaisser(@PathVariable UUID id, @Valid @ModelAttribute("paiement") PaiementSaisi saisie, BindingResult resultat,
                     @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model, RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        if (!resultat.hasErrors()) {
            try {
                encaissements.encaisser(fiche.id(), saisie.getVersion(), saisie.recu(), utilisateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("paiement.enregistre"));
                return "redirect:/dossiers/" + id;
            } catch (RegleEnfreinte | IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, refus, CHAMPS);
            } catch (ModificationConcurrente | OptimisticLockingFailureException conflit) {
                RefusDuDomaine.conflit(resultat, fiche.reference());
            }
        }
        return afficher(fiche, model);
    }

    @PostMapping("/dossiers/{id}/paiements/{paiement}/contrepassation")
    String contrepasser(@PathVariable UUID id, @PathVariable UUID paiement,
                        @Valid @ModelAttribute("contrepassation") ContrepassationSaisie saisie, BindingResult resultat,
                        @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model,
                        RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        Paiement contrepasse = paiements.duDossier(fiche.id()).stream().filter(p -> p.id().equals(paiement)).findFirst()
                .orElseThrow(DossierIntrouvable::new);
        if (!resultat.hasErrors()) {
            try {
                encaissements.contrepasser(fiche.id(), saisie.getVersion(), paiement, saisie.getDate(), saisie.getMotif(),
                        utilisateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("paiement.contrepasseEnregistre"));
                return "redirect:/dossiers/" + id + "#paiements";
            } catch (RegleEnfreinte | IllegalArgumentException | IllegalStateException refus) {
                RefusDuDomaine.rejeter(resultat, refus, Map.of(RegleEnfreinte.Sujet.DATE, "date"));
            } catch (ModificationConcurrente | OptimisticLockingFailureException conflit) {
                RefusDuDomaine.conflit(resultat, fiche.reference());
            }
        }
        model.addAttribute("fiche", fiche);
        model.addAttribute("paiementVise", contrepasse);
        return "paiement/contrepassation";
    }

    private String afficher(FicheDeDossier fiche, Model model) {
        model.addAttribute("fiche", fiche);
        model.addAttribute("modes", messages.libelles("mode.", List.of(ModePaiement.values())));
        return "paiement/paiement";
    }

    private FicheDeDossier fiche(UUID id) {
        return lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new);
    }
}
