package fr.etude.dossier.web.reclamation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.courrier.ModeleDeCourrier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.reclamation.Reclamation;
import fr.etude.dossier.core.reclamation.Reclamations;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** A dossier's complaints: registered, acknowledged, analysed and answered, each step in the timeline. */
@Controller
class ReclamationsController {

    private final LecturesDeDossier lectures;
    private final Reclamations reclamations;
    private final TraitementDesReclamations traitement;
    private final Messages messages;
    private final Clock horloge;

    ReclamationsController(LecturesDeDossier lectures, Reclamations reclamations, TraitementDesReclamations traitement,
                           Messages messages, Clock horloge) {
        this.lectures = lectures;
        this.reclamations = reclamations;
        this.traitement = traitement;
        this.messages = messages;
        this.horloge = horloge;
    }

    @GetMapping("/dossiers/{id}/reclamations")
    String reclamations(@PathVariable UUID id, Model model) {
        return afficher(fiche(id), null, null, null, model);
    }

    @PostMapping("/dossiers/{id}/reclamations")
    String recevoir(@PathVariable UUID id, @Valid @ModelAttribute("reclamation") ReclamationSaisie saisie, BindingResult resultat,
                    @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model, RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        if (!resultat.hasErrors()) {
            try {
                traitement.recevoir(fiche.id(), saisie.getVersion(), saisie.getRecueLe(), saisie.getObjet(), utilisateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("reclamation.enregistree"));
                return "redirect:/dossiers/" + id + "/reclamations";
            } catch (RegleEnfreinte | IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, refus, Map.of(RegleEnfreinte.Sujet.DATE, "recueLe", RegleEnfreinte.Sujet.TEXTE, "objet"));
            } catch (ModificationConcurrente | OptimisticLockingFailureException conflit) {
                RefusDuDomaine.conflit(resultat, fiche.reference());
            }
        }
        return afficher(fiche, saisie, null, null, model);
    }

    @PostMapping("/dossiers/{id}/reclamations/{reclamation}/accuse")
    String accuser(@PathVariable UUID id, @PathVariable UUID reclamation, @Valid @ModelAttribute("suite") SuiteSaisie saisie,
                   BindingResult resultat, @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model,
                   RedirectAttributes redirection) {
        return suivre(id, reclamation, saisie, resultat, model, redirection, "reclamation.accusee", "le", fiche -> {
            exiger(resultat, "le", saisie.getLe());
            if (!resultat.hasErrors()) {
                traitement.accuserReception(fiche.id(), saisie.getVersion(), reclamation, saisie.getLe(), utilisateur.auteur());
            }
        });
    }

    @PostMapping("/dossiers/{id}/reclamations/{reclamation}/analyse")
    String analyser(@PathVariable UUID id, @PathVariable UUID reclamation, @Valid @ModelAttribute("suite") SuiteSaisie saisie,
                    BindingResult resultat, @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model,
                    RedirectAttributes redirection) {
        return suivre(id, reclamation, saisie, resultat, model, redirection, "reclamation.analysee", "texte", fiche -> {
            exiger(resultat, "texte", saisie.getTexte());
            if (!resultat.hasErrors()) {
                traitement.analyser(fiche.id(), saisie.getVersion(), reclamation, saisie.getTexte(), utilisateur.auteur());
            }
        });
    }

    @PostMapping("/dossiers/{id}/reclamations/{reclamation}/reponse")
    String repondre(@PathVariable UUID id, @PathVariable UUID reclamation, @Valid @ModelAttribute("suite") SuiteSaisie saisie,
                    BindingResult resultat, @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model,
                    RedirectAttributes redirection) {
        return suivre(id, reclamation, saisie, resultat, model, redirection, "reclamation.repondue", "le", fiche -> {
            exiger(resultat, "texte", saisie.getTexte());
            exiger(resultat, "le", saisie.getLe());
            if (!resultat.hasErrors()) {
                traitement.repondre(fiche.id(), saisie.getVersion(), reclamation, saisie.getTexte(), saisie.getLe(),
                        utilisateur.auteur());
            }
        });
    }

    private interface Etape {
        void faire(FicheDeDossier fiche);
    }

    /** One step of one complaint: done and back to the page, or the page again with that complaint's form as typed. */
    private String suivre(UUID id, UUID reclamation, SuiteSaisie saisie, BindingResult resultat, Model model,
                          RedirectAttributes redirection, String faite, String champDeLaDate, Etape etape) {
        FicheDeDossier fiche = fiche(id);
        if (!resultat.hasErrors()) {
            try {
                etape.faire(fiche);
                if (!resultat.hasErrors()) {
                    redirection.addFlashAttribute("message", messages.texte(faite));
                    return "redirect:/dossiers/" + id + "/reclamations";
                }
            } catch (RegleEnfreinte | IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, refus, Map.of(RegleEnfreinte.Sujet.DATE, champDeLaDate,
                        RegleEnfreinte.Sujet.TEXTE, "texte"));
            } catch (ModificationConcurrente | OptimisticLockingFailureException conflit) {
                RefusDuDomaine.conflit(resultat, fiche.reference());
            }
        }
        return afficher(fiche, null, saisie, reclamation, model);
    }

    private static void exiger(BindingResult resultat, String champ, Object valeur) {
        if ((valeur == null || valeur instanceof String texte && texte.isBlank()) && !resultat.hasFieldErrors(champ)) {
            RefusDuDomaine.obligatoire(resultat, champ);
        }
    }

    /**
     * {@code nouvelle}: the registration form as typed, or null for an empty one dated today;
     * {@code suite} and {@code suiteDe}: the step form as typed and the complaint it was for, or null.
     */
    private String afficher(FicheDeDossier fiche, ReclamationSaisie nouvelle, SuiteSaisie suite, UUID suiteDe, Model model) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        if (nouvelle == null) {
            nouvelle = new ReclamationSaisie();
            nouvelle.setRecueLe(aujourdhui);
            nouvelle.setVersion(fiche.version());
        }
        if (suite == null) {
            suite = new SuiteSaisie();
            suite.setLe(aujourdhui);
            suite.setVersion(fiche.version());
        }
        model.addAttribute("fiche", fiche);
        model.addAttribute("aujourdhui", aujourdhui);
        model.addAttribute("reclamation", nouvelle);
        model.addAttribute("suite", suite);
        model.addAttribute("suiteDe", Optional.ofNullable(suiteDe).map(UUID::toString).orElse(""));
        List<Reclamation> recentesDAbord = new ArrayList<>(reclamations.duDossier(fiche.id()));
        Collections.reverse(recentesDAbord);
        model.addAttribute("reclamations", recentesDAbord);
        model.addAttribute("accuse", ModeleDeCourrier.ACCUSE_RECLAMATION.gabarit());
        model.addAttribute("reponse", ModeleDeCourrier.REPONSE_RECLAMATION.gabarit());
        return "reclamation/reclamations";
    }

    private FicheDeDossier fiche(UUID id) {
        return lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new);
    }
}
