package fr.etude.dossier.web.creancier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
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

import fr.etude.dossier.core.creancier.CategorieCreancier;
import fr.etude.dossier.core.creancier.Creancier;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.creancier.Creanciers;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** The administrator's pages for the créanciers: who they are, their mandate, what they claim and grant. */
@Controller
class CreanciersController {

    private final RegistreDesCreanciers registre;
    private final Messages messages;
    private final Clock horloge;

    CreanciersController(RegistreDesCreanciers registre, Messages messages, Clock horloge) {
        this.registre = registre;
        this.messages = messages;
        this.horloge = horloge;
    }

    @GetMapping("/admin/creanciers")
    String creanciers(Model model) {
        model.addAttribute("creanciers", registre.tous());
        model.addAttribute("aujourdhui", LocalDate.now(horloge));
        model.addAttribute("preavis", RegistreDesCreanciers.PREAVIS_DU_MANDAT_JOURS);
        return "creancier/creanciers";
    }

    @GetMapping("/admin/creanciers/nouveau")
    String nouveau(Model model) {
        model.addAttribute("creancier", new CreancierSaisi());
        return formulaire(model, null);
    }

    @PostMapping("/admin/creanciers")
    String ajouter(@Valid @ModelAttribute("creancier") CreancierSaisi saisie, BindingResult resultat,
                   @AuthenticationPrincipal UtilisateurConnecte administrateur, Model model, RedirectAttributes redirection) {
        Optional<Creancier> creancier = saisie.creancier(CreancierId.nouveau(), resultat);
        if (creancier.isPresent()) {
            try {
                registre.ajouter(creancier.get(), administrateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("creancier.ajoute", creancier.get().raisonSociale()));
                return "redirect:/admin/creanciers";
            } catch (DuplicateKeyException memeSiren) {
                RefusDuDomaine.rejeterLeChamp(resultat, "siren", messages.texte("creancier.sirenPris"));
            }
        }
        return formulaire(model, null);
    }

    @GetMapping("/admin/creanciers/{id}")
    String creancier(@PathVariable UUID id, Model model) {
        Creanciers.CreancierEnregistre enregistre = registre.parId(new CreancierId(id));
        model.addAttribute("creancier", CreancierSaisi.depuis(enregistre));
        return formulaire(model, enregistre);
    }

    @PostMapping("/admin/creanciers/{id}")
    String modifier(@PathVariable UUID id, @Valid @ModelAttribute("creancier") CreancierSaisi saisie, BindingResult resultat,
                    @AuthenticationPrincipal UtilisateurConnecte administrateur, Model model, RedirectAttributes redirection) {
        Creanciers.CreancierEnregistre enregistre = registre.parId(new CreancierId(id));
        if (saisie.getVersion() == null) {
            RefusDuDomaine.obligatoire(resultat, "version");
        }
        Optional<Creancier> creancier = saisie.creancier(enregistre.creancier().id(), resultat);
        if (creancier.isPresent()) {
            try {
                registre.modifier(creancier.get(), saisie.getVersion(), administrateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("creancier.modifie", creancier.get().raisonSociale()));
                return "redirect:/admin/creanciers";
            } catch (DuplicateKeyException memeSiren) {
                RefusDuDomaine.rejeterLeChamp(resultat, "siren", messages.texte("creancier.sirenPris"));
            } catch (OptimisticLockingFailureException autreModification) {
                RefusDuDomaine.conflit(resultat, "conflit.creancier", enregistre.creancier().raisonSociale());
            }
        }
        return formulaire(model, enregistre);
    }

    private String formulaire(Model model, Creanciers.CreancierEnregistre existant) {
        model.addAttribute("existant", existant);
        Map<CategorieCreancier, String> categories = new LinkedHashMap<>();
        Arrays.stream(CategorieCreancier.values()).forEach(categorie -> categories.put(categorie,
                messages.texte("creancier.categorie." + categorie.name())));
        model.addAttribute("categories", categories);
        return "creancier/creancier";
    }
}
