package fr.etude.dossier.web.courrier;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

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

import fr.etude.dossier.core.courrier.ModeleDeCourrier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.utilisateur.Role;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/**
 * A letter of a dossier: seen as it will be printed, then produced (PDF filed with the dossier,
 * timeline entry). Refused with the rule when the contact policy forbids it; the commissaire alone
 * may go ahead, giving his reason.
 */
@Controller
class CourrierController {

    private final ProductionDesCourriers production;
    private final GabaritsDeCourriers gabarits;
    private final LecturesDeDossier lectures;
    private final Messages messages;

    CourrierController(ProductionDesCourriers production, GabaritsDeCourriers gabarits, LecturesDeDossier lectures,
                       Messages messages) {
        this.production = production;
        this.gabarits = gabarits;
        this.lectures = lectures;
        this.messages = messages;
    }

    /** The letters' print style sheet, for the previews. */
    @GetMapping(value = ProductionDesCourriers.FEUILLE_DE_STYLE, produces = "text/css")
    @org.springframework.web.bind.annotation.ResponseBody
    String feuilleDeStyle() {
        return gabarits.css();
    }

    @GetMapping("/dossiers/{id}/courriers/{gabarit}")
    String apercu(@PathVariable UUID id, @PathVariable String gabarit, Model model) {
        FicheDeDossier fiche = fiche(id);
        CourrierSaisi saisie = new CourrierSaisi();
        saisie.setVersion(fiche.version());
        model.addAttribute("courrier", saisie);
        return page(fiche, modele(gabarit), Optional.empty(), model);
    }

    /** The preview again with the text being written; nothing is recorded. */
    @GetMapping("/dossiers/{id}/courriers/{gabarit}/apercu")
    String actualiser(@PathVariable UUID id, @PathVariable String gabarit, @Valid @ModelAttribute("courrier") CourrierSaisi saisie,
                      BindingResult resultat, Model model) {
        return page(fiche(id), modele(gabarit), resultat.hasFieldErrors("texte") ? Optional.empty() : saisie.texteEcrit(), model);
    }

    @PostMapping("/dossiers/{id}/courriers/{gabarit}")
    String produire(@PathVariable UUID id, @PathVariable String gabarit, @Valid @ModelAttribute("courrier") CourrierSaisi saisie,
                    BindingResult resultat, @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model,
                    RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        ModeleDeCourrier modele = modele(gabarit);
        if (modele.texteLibre() == ModeleDeCourrier.TexteLibre.OBLIGATOIRE && saisie.getTexte() == null
                && !resultat.hasFieldErrors("texte")) {
            RefusDuDomaine.obligatoire(resultat, "texte");
        }
        if (saisie.getDerogation() != null && utilisateur.role() != Role.HUISSIER) {
            RefusDuDomaine.rejeter(resultat, messages.texte("courrier.derogationReservee"));
        }
        if (resultat.hasErrors()) {
            return page(fiche, modele, saisie.texteEcrit(), model);
        }
        try {
            ProductionDesCourriers.Resultat produit = production.produire(fiche.id(), saisie.getVersion(), modele,
                    modele.texteLibre() == ModeleDeCourrier.TexteLibre.AUCUN ? Optional.empty() : saisie.texteEcrit(),
                    saisie.derogationDonnee(), saisie.isParCourriel(), utilisateur.auteur());
            if (produit.courrier().isPresent()) {
                redirection.addFlashAttribute("message", messages.texte("courrier.produit", modele.objet(),
                        produit.courrier().get().reference()));
                return "redirect:/dossiers/" + id + "#courriers";
            }
            model.addAttribute("infractions", produit.infractions());
        } catch (ModificationConcurrente conflit) {
            RefusDuDomaine.conflit(resultat, fiche.reference());
        } catch (CourrierImpossible refus) {
            RefusDuDomaine.rejeter(resultat, refus.getMessage());
        }
        return page(fiche, modele, saisie.texteEcrit(), model);
    }

    private String page(FicheDeDossier fiche, ModeleDeCourrier modele, Optional<String> texte, Model model) {
        model.addAttribute("fiche", fiche);
        model.addAttribute("modele", modele);
        model.addAttribute("modeles", List.of(ModeleDeCourrier.values()));
        try {
            ProductionDesCourriers.Apercu apercu = production.apercu(fiche.id(), modele,
                    modele.texteLibre() == ModeleDeCourrier.TexteLibre.AUCUN ? Optional.empty() : texte);
            model.addAttribute("rendu", apercu.rendu());
            model.addAttribute("courriel", apercu.courriel().orElse(null));
        } catch (CourrierImpossible refus) {
            model.addAttribute("impossible", refus.getMessage());
        }
        return "courrier/courrier";
    }

    private FicheDeDossier fiche(UUID id) {
        return lectures.fiche(new DossierId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ModeleDeCourrier modele(String gabarit) {
        return ModeleDeCourrier.duGabarit(gabarit).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
