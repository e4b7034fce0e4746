package fr.etude.dossier.web.debiteur;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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

import fr.etude.dossier.core.debiteur.Debiteur;
import fr.etude.dossier.core.debiteur.Debiteurs;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** The débiteurs of a dossier: their details, corrected in place, with the dated history of each. */
@Controller
class DebiteurController {

    private final LecturesDeDossier lectures;
    private final Debiteurs debiteurs;
    private final FichesDesDebiteurs fiches;
    private final Clock horloge;

    DebiteurController(LecturesDeDossier lectures, Debiteurs debiteurs, FichesDesDebiteurs fiches, Clock horloge) {
        this.lectures = lectures;
        this.debiteurs = debiteurs;
        this.fiches = fiches;
        this.horloge = horloge;
    }

    @GetMapping("/dossiers/{id}/debiteur")
    String debiteur(@PathVariable UUID id, @RequestParam(defaultValue = "1") int rang, Model model) {
        FicheDeDossier fiche = fiche(id);
        List<Debiteurs.DebiteurEnregistre> tous = debiteurs.duDossier(fiche.id());
        Debiteurs.DebiteurEnregistre choisi = tous.stream().filter(debiteur -> debiteur.rang() == rang).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Ce dossier n'a pas de débiteur n°" + rang + "."));
        return afficher(fiche, tous, choisi, FicheSaisie.depuis(choisi.debiteur()), choisi.version(), new LinkedHashMap<>(), model);
    }

    @PostMapping("/dossiers/{id}/debiteurs/{debiteur}")
    String corriger(@PathVariable UUID id, @PathVariable UUID debiteur, @ModelAttribute("saisie") FicheSaisie saisie,
                    @RequestParam long version, @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model,
                    RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        List<Debiteurs.DebiteurEnregistre> tous = debiteurs.duDossier(fiche.id());
        Debiteurs.DebiteurEnregistre actuel = tous.stream().filter(d -> d.debiteur().id().value().equals(debiteur))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Ce débiteur n'est pas partie à ce dossier."));
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<Debiteur> corrige = saisie.lire(actuel.debiteur(), LocalDate.now(horloge), erreurs);
        if (corrige.isPresent()) {
            try {
                fiches.corriger(fiche.id(), corrige.get(), version, new Auteur(utilisateur.id(), utilisateur.nomAffiche()));
                redirection.addFlashAttribute("message", "Fiche du débiteur enregistrée.");
                return "redirect:/dossiers/" + id + "/debiteur?rang=" + actuel.rang();
            } catch (IllegalArgumentException | ModificationConcurrente refus) {
                erreurs.put("fiche", refus.getMessage());
            }
        }
        return afficher(fiche, tous, actuel, saisie, version, erreurs, model);
    }

    private String afficher(FicheDeDossier fiche, List<Debiteurs.DebiteurEnregistre> tous, Debiteurs.DebiteurEnregistre choisi,
                            FicheSaisie saisie, long version, Map<String, String> erreurs, Model model) {
        model.addAttribute("fiche", fiche);
        model.addAttribute("debiteurs", tous);
        model.addAttribute("choisi", choisi);
        model.addAttribute("physique", choisi.debiteur() instanceof Debiteur.PersonnePhysique);
        model.addAttribute("saisie", saisie);
        model.addAttribute("version", version);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("civilites", FicheSaisie.civilites());
        model.addAttribute("historique", debiteurs.historique(choisi.debiteur().id()));
        return "dossier/debiteur";
    }

    private FicheDeDossier fiche(UUID id) {
        return lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new);
    }
}
