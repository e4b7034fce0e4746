package fr.etude.dossier.web.debiteur;

import java.util.List;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.debiteur.Debiteur;
import fr.etude.dossier.core.dossier.Debiteurs;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** The débiteurs of a dossier: their details, corrected in place, with the dated history of each. */
@Controller
class DebiteurController {

    private final LecturesDeDossier lectures;
    private final Debiteurs debiteurs;
    private final FichesDesDebiteurs fiches;
    private final Messages messages;

    DebiteurController(LecturesDeDossier lectures, Debiteurs debiteurs, FichesDesDebiteurs fiches, Messages messages) {
        this.lectures = lectures;
        this.debiteurs = debiteurs;
        this.fiches = fiches;
        this.messages = messages;
    }

    @GetMapping("/dossiers/{id}/debiteur")
    String debiteur(@PathVariable UUID id, @RequestParam(defaultValue = "1") int rang, Model model) {
        FicheDeDossier fiche = fiche(id);
        List<Debiteurs.DebiteurEnregistre> tous = debiteurs.duDossier(fiche.id());
        Debiteurs.DebiteurEnregistre choisi = tous.stream().filter(debiteur -> debiteur.rang() == rang).findFirst()
                .orElseThrow(DossierIntrouvable::new);
        model.addAttribute("debiteur", DebiteurSaisi.depuis(choisi.debiteur(), choisi.version()));
        return afficher(fiche, tous, choisi, model);
    }

    @PostMapping("/dossiers/{id}/debiteurs/{debiteur}")
    String corriger(@PathVariable UUID id, @PathVariable("debiteur") UUID debiteurId,
                    @Valid @ModelAttribute("debiteur") DebiteurSaisi saisie, BindingResult resultat,
                    @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model, RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        List<Debiteurs.DebiteurEnregistre> tous = debiteurs.duDossier(fiche.id());
        Debiteurs.DebiteurEnregistre actuel = tous.stream().filter(d -> d.debiteur().id().value().equals(debiteurId))
                .findFirst().orElseThrow(DossierIntrouvable::new);
        if (saisie.getVersion() == null && !resultat.hasFieldErrors("version")) {
            RefusDuDomaine.obligatoire(resultat, "version");
        }
        Optional<Debiteur> corrige = saisie.debiteur(actuel.debiteur(), resultat);
        if (corrige.isPresent()) {
            try {
                fiches.corriger(fiche.id(), corrige.get(), saisie.getVersion(), utilisateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("debiteur.enregistre"));
                return "redirect:/dossiers/" + id + "/debiteur?rang=" + actuel.rang();
            } catch (IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, refus.getMessage());
            } catch (ModificationConcurrente conflit) {
                RefusDuDomaine.rejeter(resultat, conflit.getMessage());
            } catch (OptimisticLockingFailureException conflit) {
                RefusDuDomaine.conflit(resultat, fiche.reference());
            }
        }
        return afficher(fiche, tous, actuel, model);
    }

    private String afficher(FicheDeDossier fiche, List<Debiteurs.DebiteurEnregistre> tous, Debiteurs.DebiteurEnregistre choisi,
                            Model model) {
        model.addAttribute("fiche", fiche);
        model.addAttribute("debiteurs", tous);
        model.addAttribute("choisi", choisi);
        model.addAttribute("physique", choisi.debiteur() instanceof Debiteur.PersonnePhysique);
        model.addAttribute("civilites", messages.libelles("civilite.", DebiteurSaisi.civilites(), "—"));
        model.addAttribute("historique", debiteurs.historique(choisi.debiteur().id()));
        return "debiteur/debiteur";
    }

    private FicheDeDossier fiche(UUID id) {
        return lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new);
    }
}
