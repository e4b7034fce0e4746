package fr.etude.dossier.web.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
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

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.procedure.Actes;
import fr.etude.dossier.core.procedure.NatureDActe;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** A dossier's procedure: its acts with the deadlines they started, and the commissaire's form to record one. */
@Controller
class ProcedureController {

    private final LecturesDeDossier lectures;
    private final Actes actes;
    private final ConduiteDesProcedures conduite;
    private final Messages messages;
    private final Clock horloge;

    ProcedureController(LecturesDeDossier lectures, Actes actes, ConduiteDesProcedures conduite, Messages messages, Clock horloge) {
        this.lectures = lectures;
        this.actes = actes;
        this.conduite = conduite;
        this.messages = messages;
        this.horloge = horloge;
    }

    @GetMapping("/dossiers/{id}/procedure")
    String procedure(@PathVariable UUID id, Model model) {
        return afficher(fiche(id), null, model);
    }

    @PostMapping("/dossiers/{id}/actes")
    String enregistrer(@PathVariable UUID id, @Valid @ModelAttribute("acte") ActeSaisi saisie, BindingResult resultat,
                       @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model, RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        if (!resultat.hasErrors()) {
            try {
                var acte = conduite.enregistrer(fiche.id(), saisie.getVersion(), saisie.getNature(),
                        LocalDateTime.of(saisie.getLe(), saisie.getHeure()), saisie.getPrecisions(), utilisateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("procedure.acteEnregistre", acte.resume()));
                return "redirect:/dossiers/" + id + "/procedure";
            } catch (RegleEnfreinte | IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, refus, Map.of(RegleEnfreinte.Sujet.DATE, "le"));
            } catch (ModificationConcurrente | OptimisticLockingFailureException conflit) {
                RefusDuDomaine.conflit(resultat, fiche.reference());
            }
        }
        return afficher(fiche, saisie, model);
    }

    private String afficher(FicheDeDossier fiche, ActeSaisi saisie, Model model) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        if (saisie == null) {
            saisie = new ActeSaisi();
            saisie.setLe(aujourdhui);
            saisie.setHeure(LocalTime.ofInstant(horloge.instant(), ZoneId.of("Europe/Paris")).withSecond(0).withNano(0));
            saisie.setVersion(fiche.version());
        }
        model.addAttribute("fiche", fiche);
        model.addAttribute("acte", saisie);
        model.addAttribute("aujourdhui", aujourdhui);
        model.addAttribute("actes", actes.duDossier(fiche.id()));
        Map<NatureDActe, String> natures = new LinkedHashMap<>();
        natures.put(null, messages.texte("procedure.choisir"));
        Arrays.stream(NatureDActe.values()).forEach(nature -> natures.put(nature, nature.mesure().libelle() + " : " + nature.libelle()));
        model.addAttribute("natures", natures);
        return "procedure/procedure";
    }

    private FicheDeDossier fiche(UUID id) {
        return lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new);
    }
}
