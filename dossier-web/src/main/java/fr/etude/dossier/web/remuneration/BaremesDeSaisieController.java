package fr.etude.dossier.web.remuneration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.core.remuneration.Fraction;
import fr.etude.dossier.core.remuneration.TableDesBaremesDeSaisie;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** The administrator's pages for the scale of the saisie des rémunérations (art. R3252-2 C. trav.), year by year. */
@Controller
class BaremesDeSaisieController {

    /** A year that overlaps or leaves a hole is about the year; a correction without reason, about the reason. */
    private static final Map<RegleEnfreinte.Sujet, String> CHAMPS = Map.of(RegleEnfreinte.Sujet.DATE, "annee",
            RegleEnfreinte.Sujet.MOTIF, "motif");

    private final BaremesDeLaSaisie baremes;
    private final Messages messages;
    private final Clock horloge;

    BaremesDeSaisieController(BaremesDeLaSaisie baremes, Messages messages, Clock horloge) {
        this.baremes = baremes;
        this.messages = messages;
        this.horloge = horloge;
    }

    @GetMapping("/admin/saisie-remunerations")
    String baremes(Model model) {
        TableDesBaremesDeSaisie table = baremes.table();
        model.addAttribute("bareme", BaremeSaisi.pour(table.prochaineASaisir(LocalDate.now(horloge)),
                table.baremes().stream().findFirst()));
        return afficherLesBaremes(table, model);
    }

    @PostMapping("/admin/saisie-remunerations")
    String ajouter(@Valid @ModelAttribute("bareme") BaremeSaisi saisi, BindingResult resultat,
                   @AuthenticationPrincipal UtilisateurConnecte administrateur, Model model, RedirectAttributes redirection) {
        if (saisi.getAnnee() == null && !resultat.hasFieldErrors("annee")) {
            RefusDuDomaine.obligatoire(resultat, "annee");
        }
        lireLesFractions(saisi, resultat);
        if (!resultat.hasErrors()) {
            try {
                baremes.ajouter(saisi.bareme(), administrateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("baremes.ajoute", saisi.getAnnee()));
                return "redirect:/admin/saisie-remunerations";
            } catch (RegleEnfreinte | IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, refus, CHAMPS);
            } catch (DuplicateKeyException doublon) {
                RefusDuDomaine.rejeter(resultat, messages.texte("baremes.dejaSaisi", saisi.getAnnee()));
            }
        }
        return afficherLesBaremes(baremes.table(), model);
    }

    @GetMapping("/admin/saisie-remunerations/{annee}")
    String bareme(@PathVariable("annee") int annee, Model model) {
        model.addAttribute("bareme", BaremeSaisi.depuis(baremes.table().de(annee)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))));
        return afficherLeBareme(annee, model);
    }

    @PostMapping("/admin/saisie-remunerations/{annee}")
    String corriger(@PathVariable("annee") int annee, @Valid @ModelAttribute("bareme") BaremeSaisi saisi,
                    BindingResult resultat, @AuthenticationPrincipal UtilisateurConnecte administrateur, Model model,
                    RedirectAttributes redirection) {
        saisi.setAnnee(annee);
        lireLesFractions(saisi, resultat);
        if (!resultat.hasErrors()) {
            try {
                baremes.corriger(saisi.bareme(), saisi.motifDeLaCorrection(), administrateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("baremes.corrige", annee));
                return "redirect:/admin/saisie-remunerations";
            } catch (RegleEnfreinte | IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, refus, CHAMPS);
            }
        }
        return afficherLeBareme(annee, model);
    }

    /** The fractions are read by the core: one that cannot be read is an error under their field, with the others. */
    private static void lireLesFractions(BaremeSaisi saisi, BindingResult resultat) {
        if (saisi.getFractions() == null || resultat.hasFieldErrors("fractions")) {
            return;
        }
        try {
            Fraction.lire(saisi.getFractions());
        } catch (RegleEnfreinte illisible) {
            RefusDuDomaine.rejeterLeChamp(resultat, "fractions", illisible.getMessage());
        }
    }

    private String afficherLesBaremes(TableDesBaremesDeSaisie table, Model model) {
        model.addAttribute("baremes", table.baremes());
        return "remuneration/baremes";
    }

    private String afficherLeBareme(int annee, Model model) {
        model.addAttribute("annee", annee);
        model.addAttribute("commence", annee <= LocalDate.now(horloge).getYear());
        return "remuneration/bareme";
    }
}
