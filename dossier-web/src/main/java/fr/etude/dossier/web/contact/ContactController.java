package fr.etude.dossier.web.contact;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
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

import fr.etude.dossier.core.contact.Canal;
import fr.etude.dossier.core.contact.DecisionDeContact;
import fr.etude.dossier.core.contact.IssueDAppel;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.dossier.ProchaineAction;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.core.utilisateur.Role;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** Logging a call, a letter, an e-mail or a visit on a dossier. */
@Controller
class ContactController {

    private static final Map<RegleEnfreinte.Sujet, String> CHAMPS = Map.of(
            RegleEnfreinte.Sujet.DATE, "date", RegleEnfreinte.Sujet.ISSUE, "issue",
            RegleEnfreinte.Sujet.PROMESSE_DATE, "promesseDate", RegleEnfreinte.Sujet.PROMESSE_MONTANT, "promesseMontant");

    private final LecturesDeDossier lectures;
    private final JournalDeContacts journal;
    private final Messages messages;
    private final Clock horloge;

    ContactController(LecturesDeDossier lectures, JournalDeContacts journal, Messages messages, Clock horloge) {
        this.lectures = lectures;
        this.journal = journal;
        this.messages = messages;
        this.horloge = horloge;
    }

    @GetMapping("/dossiers/{id}/contacts/nouveau")
    String formulaire(@PathVariable UUID id, Model model) {
        FicheDeDossier fiche = fiche(id);
        model.addAttribute("contact", ContactSaisi.au(LocalDateTime.now(horloge), fiche.version()));
        return afficher(fiche, List.of(), model);
    }

    @PostMapping("/dossiers/{id}/contacts")
    String consigner(@PathVariable UUID id, @Valid @ModelAttribute("contact") ContactSaisi saisie, BindingResult resultat,
                     @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model, RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        if (saisie.derogationDemandee().isPresent() && utilisateur.role() != Role.HUISSIER) {
            RefusDuDomaine.rejeter(resultat, messages.texte("contact.derogation.reservee"));
        }
        if (resultat.hasErrors()) {
            return afficher(fiche, List.of(), model);
        }
        try {
            List<DecisionDeContact.Infraction> infractions = journal.consigner(fiche.id(), saisie.getVersion(),
                    saisie.contact(), saisie.derogationDemandee(), utilisateur.auteur());
            if (!infractions.isEmpty()) {
                return afficher(fiche, infractions, model);
            }
        } catch (RegleEnfreinte | IllegalArgumentException refus) {
            RefusDuDomaine.rejeter(resultat, refus, CHAMPS);
            return afficher(fiche, List.of(), model);
        } catch (ModificationConcurrente | OptimisticLockingFailureException conflit) {
            RefusDuDomaine.conflit(resultat, fiche.reference());
            return afficher(fiche, List.of(), model);
        }
        redirection.addFlashAttribute("message", messages.texte("contact.consigne"));
        return "redirect:/dossiers/" + id;
    }

    private String afficher(FicheDeDossier fiche, List<DecisionDeContact.Infraction> infractions, Model model) {
        Map<IssueDAppel, String> issues = new LinkedHashMap<>();
        Arrays.stream(IssueDAppel.values()).forEach(issue -> issues.put(issue, issue.libelle()));
        model.addAttribute("fiche", fiche);
        model.addAttribute("infractions", infractions);
        model.addAttribute("canaux", messages.libelles("canal.",
                List.of(Canal.APPEL, Canal.COURRIER, Canal.EMAIL, Canal.VISITE)));
        model.addAttribute("issues", issues);
        model.addAttribute("typesDAction", messages.libelles("action.", List.of(ProchaineAction.Type.values())));
        return "contact/contact";
    }

    private FicheDeDossier fiche(UUID id) {
        return lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new);
    }
}
