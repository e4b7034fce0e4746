package fr.etude.dossier.web.situation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.debiteur.ResteAVivre;
import fr.etude.dossier.core.debiteur.SituationFinanciere;
import fr.etude.dossier.core.debiteur.SituationsDesDebiteurs;
import fr.etude.dossier.core.debiteur.SolutionNegociee;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** The debtor's situation: his declared means, the capacity they give, and the negotiated solutions. */
@Controller
class SituationController {

    private final LecturesDeDossier lectures;
    private final SituationsDesDebiteurs situations;
    private final Negociations negociations;
    private final ResteAVivre resteAVivre;
    private final Clock horloge;

    SituationController(LecturesDeDossier lectures, SituationsDesDebiteurs situations, Negociations negociations,
                        ResteAVivre resteAVivre, Clock horloge) {
        this.lectures = lectures;
        this.situations = situations;
        this.negociations = negociations;
        this.resteAVivre = resteAVivre;
        this.horloge = horloge;
    }

    @GetMapping("/dossiers/{id}/situation")
    String situation(@PathVariable UUID id, Model model) {
        FicheDeDossier fiche = fiche(id);
        SolutionSaisie solution = new SolutionSaisie();
        solution.setDecideeLe(FormatFrancais.date(LocalDate.now(horloge)));
        return afficher(fiche, null, solution, new LinkedHashMap<>(), fiche.version(), model);
    }

    @PostMapping("/dossiers/{id}/situation")
    String declarer(@PathVariable UUID id, @ModelAttribute("declaration") DeclarationSaisie declaration,
                    @RequestParam long version, @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model,
                    RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<SituationFinanciere> situation = declaration.lire(erreurs);
        if (situation.isPresent()) {
            try {
                negociations.declarer(fiche.id(), version, situation.get(), new Auteur(utilisateur.id(), utilisateur.nomAffiche()));
                redirection.addFlashAttribute("message", "Situation enregistrée : capacité de remboursement de "
                        + FormatFrancais.euros(resteAVivre.capaciteMensuelle(situation.get())) + " par mois.");
                return "redirect:/dossiers/" + id + "/situation";
            } catch (IllegalArgumentException | ModificationConcurrente refus) {
                erreurs.put("declaration", refus.getMessage());
            }
        }
        SolutionSaisie solution = new SolutionSaisie();
        solution.setDecideeLe(FormatFrancais.date(LocalDate.now(horloge)));
        return afficher(fiche, declaration, solution, erreurs, version, model);
    }

    @PostMapping("/dossiers/{id}/solutions")
    String consigner(@PathVariable UUID id, @ModelAttribute("solution") SolutionSaisie solution, @RequestParam long version,
                     @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model, RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<SolutionNegociee> lue = solution.lire(erreurs);
        if (lue.isPresent()) {
            try {
                negociations.consigner(fiche.id(), version, lue.get(), new Auteur(utilisateur.id(), utilisateur.nomAffiche()));
                redirection.addFlashAttribute("message", "Solution négociée enregistrée.");
                return "redirect:/dossiers/" + id + "/situation";
            } catch (IllegalArgumentException | ModificationConcurrente refus) {
                erreurs.put("solution", refus.getMessage());
            }
        }
        return afficher(fiche, null, solution, erreurs, version, model);
    }

    /** {@code declaration}: as typed, or null to start from the latest one declared, dated today. */
    private String afficher(FicheDeDossier fiche, DeclarationSaisie declaration, SolutionSaisie solution,
                            Map<String, String> erreurs, long version, Model model) {
        java.util.List<SituationFinanciere> declarations = situations.declarations(fiche.id());
        if (declaration == null) {
            declaration = declarations.stream().findFirst().map(DeclarationSaisie::depuis).orElseGet(DeclarationSaisie::new);
            declaration.setDeclareeLe(FormatFrancais.date(LocalDate.now(horloge)));
        }
        model.addAttribute("fiche", fiche);
        model.addAttribute("declaration", declaration);
        model.addAttribute("solution", solution);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("version", version);
        model.addAttribute("declarations", declarations.stream()
                .map(situation -> new Declaree(situation, resteAVivre.minimum(situation.personnesDuFoyer()),
                        resteAVivre.capaciteMensuelle(situation))).toList());
        model.addAttribute("solutions", situations.solutions(fiche.id()));
        model.addAttribute("emplois", SituationFinanciere.Emploi.values());
        model.addAttribute("natures", SolutionNegociee.Nature.values());
        return "dossier/situation";
    }

    private FicheDeDossier fiche(UUID id) {
        return lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new);
    }

    /** A declaration as listed: with the household's minimum and the capacity it leaves. */
    record Declaree(SituationFinanciere situation, fr.etude.dossier.core.argent.Montant resteAVivre,
                    fr.etude.dossier.core.argent.Montant capacite) {
    }
}
