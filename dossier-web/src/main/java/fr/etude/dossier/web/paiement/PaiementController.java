package fr.etude.dossier.web.paiement;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.paiement.ModePaiement;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.web.format.SaisieFrancaise;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** Recording a payment, and reversing one. */
@Controller
class PaiementController {

    private final LecturesDeDossier lectures;
    private final Encaissements encaissements;
    private final Clock horloge;

    PaiementController(LecturesDeDossier lectures, Encaissements encaissements, Clock horloge) {
        this.lectures = lectures;
        this.encaissements = encaissements;
        this.horloge = horloge;
    }

    @GetMapping("/dossiers/{id}/paiements/nouveau")
    String formulaire(@PathVariable UUID id, Model model) {
        FicheDeDossier fiche = lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new);
        return afficher(fiche, FormatFrancais.date(LocalDate.now(horloge)), "", "VIREMENT", "", fiche.version(), Map.of(), model);
    }

    @PostMapping("/dossiers/{id}/paiements")
    String encaisser(@PathVariable UUID id, @RequestParam(defaultValue = "") String date,
                     @RequestParam(defaultValue = "") String montant, @RequestParam(defaultValue = "") String mode,
                     @RequestParam(defaultValue = "") String reference, @RequestParam long version,
                     @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model, RedirectAttributes redirection) {
        FicheDeDossier fiche = lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new);
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<Montant> somme = SaisieFrancaise.champ("montant", "Montant", montant, erreurs, SaisieFrancaise::montant);
        Optional<LocalDate> jour = SaisieFrancaise.champ("date", "Date", date, erreurs, SaisieFrancaise::date);
        Optional<ModePaiement> moyen = SaisieFrancaise.champ("mode", "Mode", mode, erreurs, PaiementController::mode);
        if (!erreurs.isEmpty()) {
            return afficher(fiche, date, montant, mode, reference, version, erreurs, model);
        }
        try {
            encaissements.encaisser(new DossierId(id), version, jour.orElseThrow(), somme.orElseThrow(), moyen.orElseThrow(),
                    reference, new Auteur(utilisateur.id(), utilisateur.nomAffiche()));
        } catch (IllegalArgumentException | ModificationConcurrente refus) {
            return afficher(fiche, date, montant, mode, reference, version, Map.of("paiement", refus.getMessage()), model);
        }
        redirection.addFlashAttribute("message", "Paiement enregistré : le solde du dossier est à jour.");
        return "redirect:/dossiers/" + id;
    }

    @PostMapping("/dossiers/{id}/paiements/{paiement}/contrepassation")
    String contrepasser(@PathVariable UUID id, @PathVariable UUID paiement, @RequestParam(defaultValue = "") String date,
                        @RequestParam(defaultValue = "") String motif, @RequestParam long version,
                        @AuthenticationPrincipal UtilisateurConnecte utilisateur, RedirectAttributes redirection) {
        try {
            encaissements.contrepasser(new DossierId(id), version, paiement, SaisieFrancaise.date(date), motif,
                    new Auteur(utilisateur.id(), utilisateur.nomAffiche()));
            redirection.addFlashAttribute("message", "Paiement contre-passé : le solde du dossier est rétabli.");
        } catch (IllegalArgumentException | IllegalStateException | ModificationConcurrente refus) {
            redirection.addFlashAttribute("alerte", refus.getMessage());
        }
        return "redirect:/dossiers/" + id;
    }

    private String afficher(FicheDeDossier fiche, String date, String montant, String mode, String reference,
                            long version, Map<String, String> erreurs, Model model) {
        model.addAttribute("fiche", fiche);
        model.addAttribute("date", date);
        model.addAttribute("montant", montant);
        model.addAttribute("mode", mode);
        model.addAttribute("reference", reference);
        model.addAttribute("version", version);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("modes", ModePaiement.values());
        return "dossier/paiement";
    }

    private static ModePaiement mode(String texte) {
        try {
            return ModePaiement.valueOf(texte);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("choisissez le mode de paiement.");
        }
    }

}
