package fr.etude.dossier.web.situation;

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

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.debiteur.SituationFinanciere;
import fr.etude.dossier.core.dossier.SituationsDesDebiteurs;
import fr.etude.dossier.core.debiteur.SolutionNegociee;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.web.chiffre.ResteAVivreEnVigueur;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** The debtor's situation: his declared means, the capacity they give, and the negotiated solutions. */
@Controller
class SituationController {

    private final LecturesDeDossier lectures;
    private final SituationsDesDebiteurs situations;
    private final Negociations negociations;
    private final ResteAVivreEnVigueur resteAVivre;
    private final Messages messages;
    private final Clock horloge;

    SituationController(LecturesDeDossier lectures, SituationsDesDebiteurs situations, Negociations negociations,
                        ResteAVivreEnVigueur resteAVivre, Messages messages, Clock horloge) {
        this.messages = messages;
        this.lectures = lectures;
        this.situations = situations;
        this.negociations = negociations;
        this.resteAVivre = resteAVivre;
        this.horloge = horloge;
    }

    @GetMapping("/dossiers/{id}/situation")
    String situation(@PathVariable UUID id, Model model) {
        FicheDeDossier fiche = fiche(id);
        return afficher(fiche, null, null, model);
    }

    @PostMapping("/dossiers/{id}/situation")
    String declarer(@PathVariable UUID id, @Valid @ModelAttribute("declaration") DeclarationSaisie declaration,
                    BindingResult resultat, @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model,
                    RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        if (!resultat.hasErrors()) {
            try {
                SituationFinanciere situation = declaration.situation();
                negociations.declarer(fiche.id(), declaration.getVersion(), situation, utilisateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("situation.enregistree",
                        FormatFrancais.euros(resteAVivre.capaciteMensuelle(situation))));
                return "redirect:/dossiers/" + id + "/situation";
            } catch (RegleEnfreinte | IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, refus, Map.of(RegleEnfreinte.Sujet.DATE, "declareeLe"));
            } catch (ModificationConcurrente | OptimisticLockingFailureException conflit) {
                RefusDuDomaine.conflit(resultat, fiche.reference());
            }
        }
        return afficher(fiche, declaration, null, model);
    }

    @PostMapping("/dossiers/{id}/solutions")
    String consigner(@PathVariable UUID id, @Valid @ModelAttribute("solution") SolutionSaisie solution, BindingResult resultat,
                     @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model, RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        if (!resultat.hasErrors()) {
            try {
                negociations.consigner(fiche.id(), solution.getVersion(), solution.solution(), utilisateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("situation.solutionEnregistree"));
                return "redirect:/dossiers/" + id + "/situation";
            } catch (RegleEnfreinte | IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, refus, Map.of(RegleEnfreinte.Sujet.DATE, "decideeLe"));
            } catch (ModificationConcurrente | OptimisticLockingFailureException conflit) {
                RefusDuDomaine.conflit(resultat, fiche.reference());
            }
        }
        return afficher(fiche, null, solution, model);
    }

    /**
     * {@code declaration}: as typed, or null to start from the latest one declared, dated today;
     * {@code solution}: as typed, or null for an empty one dated today.
     */
    private String afficher(FicheDeDossier fiche, DeclarationSaisie declaration, SolutionSaisie solution, Model model) {
        List<SituationFinanciere> declarations = situations.declarations(fiche.id());
        LocalDate aujourdhui = LocalDate.now(horloge);
        if (declaration == null) {
            declaration = declarations.stream().findFirst().map(DeclarationSaisie::depuis).orElseGet(DeclarationSaisie::new);
            declaration.setDeclareeLe(aujourdhui);
            declaration.setVersion(fiche.version());
        }
        if (solution == null) {
            solution = new SolutionSaisie();
            solution.setDecideeLe(aujourdhui);
            solution.setVersion(fiche.version());
        }
        model.addAttribute("fiche", fiche);
        model.addAttribute("declaration", declaration);
        model.addAttribute("solution", solution);
        model.addAttribute("declarations", declarations.stream()
                .map(situation -> new Declaree(situation, resteAVivre.au(situation.declareeLe())
                        .minimum(situation.personnesDuFoyer()), resteAVivre.capaciteMensuelle(situation))).toList());
        model.addAttribute("rsaManquant", resteAVivre.avertissement().orElse(null));
        model.addAttribute("solutions", situations.solutions(fiche.id()));
        String choisir = messages.texte("situation.choisir");
        model.addAttribute("emplois", messages.libelles("emploi.", List.of(SituationFinanciere.Emploi.values()), choisir));
        model.addAttribute("natures", messages.libelles("solution.", List.of(SolutionNegociee.Nature.values()), choisir));
        return "situation/situation";
    }

    private FicheDeDossier fiche(UUID id) {
        return lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new);
    }

    /** A declaration as listed: with the household's minimum and the capacity it leaves. */
    record Declaree(SituationFinanciere situation, fr.etude.dossier.core.argent.Montant resteAVivre,
                    fr.etude.dossier.core.argent.Montant capacite) {
    }
}
