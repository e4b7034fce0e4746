package fr.etude.dossier.web.statut;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
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

import fr.etude.dossier.core.courrier.ModeleDeCourrier;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.dossier.MotifCloture;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** Overindebtedness (recorded, then its outcome) and closing, on one page of the dossier. */
@Controller
class StatutController {

    private final LecturesDeDossier lectures;
    private final SuiviDuStatut suivi;
    private final Messages messages;
    private final Clock horloge;

    StatutController(LecturesDeDossier lectures, SuiviDuStatut suivi, Messages messages, Clock horloge) {
        this.lectures = lectures;
        this.suivi = suivi;
        this.messages = messages;
        this.horloge = horloge;
    }

    @GetMapping("/dossiers/{id}/statut")
    String statut(@PathVariable UUID id, Model model) {
        return afficher(fiche(id), null, null, null, model);
    }

    @PostMapping("/dossiers/{id}/surendettement")
    String declarer(@PathVariable UUID id, @Valid @ModelAttribute("surendettement") SurendettementSaisi saisie,
                    BindingResult resultat, @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model,
                    RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        if (!resultat.hasErrors() && faire(resultat, fiche, Map.of(RegleEnfreinte.Sujet.DATE, "recevableLe",
                RegleEnfreinte.Sujet.TEXTE, "commission"), () -> suivi.declarerSurendettement(fiche.id(), saisie.getVersion(),
                saisie.getRecevableLe(), saisie.getCommission(), utilisateur.auteur()))) {
            redirection.addFlashAttribute("message", messages.texte("statut.surendettementEnregistre"));
            return "redirect:/dossiers/" + id + "/statut";
        }
        return afficher(fiche, saisie, null, null, model);
    }

    @PostMapping("/dossiers/{id}/surendettement/issue")
    String issue(@PathVariable UUID id, @Valid @ModelAttribute("issue") IssueSaisie saisie, BindingResult resultat,
                 @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model, RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        if (!resultat.hasErrors() && faire(resultat, fiche, Map.of(RegleEnfreinte.Sujet.DATE, "le"),
                () -> suivi.issueDuSurendettement(fiche.id(), saisie.getVersion(), saisie.getIssue(), saisie.getLe(),
                        saisie.getPrecisions(), utilisateur.auteur()))) {
            redirection.addFlashAttribute("message", messages.texte("statut.issueEnregistree"));
            return "redirect:/dossiers/" + id + "/statut";
        }
        return afficher(fiche, null, saisie, null, model);
    }

    @PostMapping("/dossiers/{id}/cloture")
    String clore(@PathVariable UUID id, @Valid @ModelAttribute("cloture") ClotureSaisie saisie, BindingResult resultat,
                 @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model, RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        if (!resultat.hasErrors() && faire(resultat, fiche, Map.of(), () -> suivi.clore(fiche.id(), saisie.getVersion(),
                saisie.getMotif(), saisie.getCommentaire(), utilisateur.auteur()))) {
            redirection.addFlashAttribute("message", messages.texte("statut.clos", saisie.getMotif().libelle()));
            return "redirect:/dossiers/" + id + "/statut";
        }
        return afficher(fiche, null, null, saisie, model);
    }

    /** @return whether it was done; otherwise the refusal is on the form */
    private static boolean faire(BindingResult resultat, FicheDeDossier fiche, Map<RegleEnfreinte.Sujet, String> champs,
                                 Runnable changement) {
        try {
            changement.run();
            return true;
        } catch (RegleEnfreinte | IllegalArgumentException refus) {
            RefusDuDomaine.rejeter(resultat, refus, champs);
        } catch (ModificationConcurrente | OptimisticLockingFailureException conflit) {
            RefusDuDomaine.conflit(resultat, fiche.reference());
        }
        return false;
    }

    private String afficher(FicheDeDossier fiche, SurendettementSaisi surendettement, IssueSaisie issue, ClotureSaisie cloture,
                            Model model) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        // A form sent back with its refusal is shown even if the dossier changed meanwhile (another tab).
        model.addAttribute("montrerDeclaration", !fiche.surendettement() || surendettement != null);
        model.addAttribute("montrerIssue", fiche.surendettement() || issue != null);
        if (surendettement == null) {
            surendettement = new SurendettementSaisi();
            surendettement.setVersion(fiche.version());
        }
        if (issue == null) {
            issue = new IssueSaisie();
            issue.setLe(aujourdhui);
            issue.setVersion(fiche.version());
        }
        if (cloture == null) {
            cloture = new ClotureSaisie();
            cloture.setVersion(fiche.version());
        }
        model.addAttribute("fiche", fiche);
        model.addAttribute("surendettement", surendettement);
        model.addAttribute("issue", issue);
        model.addAttribute("cloture", cloture);
        Map<Dossier.IssueDuSurendettement, String> issues = new LinkedHashMap<>();
        issues.put(null, messages.texte("statut.choisir"));
        Arrays.stream(Dossier.IssueDuSurendettement.values()).forEach(valeur -> issues.put(valeur, valeur.libelle()));
        model.addAttribute("issues", issues);
        Map<MotifCloture, String> motifs = new LinkedHashMap<>();
        motifs.put(null, messages.texte("statut.choisir"));
        Arrays.stream(MotifCloture.values()).filter(motif -> motif != MotifCloture.EFFACEMENT_SURENDETTEMENT)
                .forEach(motif -> motifs.put(motif, motif.libelle()));
        model.addAttribute("motifs", motifs);
        model.addAttribute("certificat", ModeleDeCourrier.CERTIFICAT_IRRECOUVRABILITE.gabarit());
        return "statut/statut";
    }

    private FicheDeDossier fiche(UUID id) {
        return lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new);
    }
}
