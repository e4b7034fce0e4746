package fr.etude.dossier.web.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.TypeEvenement;
import fr.etude.dossier.web.format.SaisieFrancaise;

/** The dossier page, for the office (a creditor has its own, narrower view). */
@Controller
class DossierController {

    private final ConsultationDeDossier consultation;
    private final Clock horloge;

    DossierController(ConsultationDeDossier consultation, Clock horloge) {
        this.consultation = consultation;
        this.horloge = horloge;
    }

    @GetMapping("/dossiers/{id}")
    String dossier(@PathVariable String id, @RequestParam(name = "au", required = false) String au,
                   @RequestParam(name = "evenement", required = false) String evenement, Model model) {
        LocalDate date = au == null || au.isBlank() ? LocalDate.now(horloge) : date(au);
        model.addAttribute("consultation", consultation.consulter(new DossierId(identifiant(id)), date, type(evenement))
                .orElseThrow(DossierIntrouvable::new));
        model.addAttribute("typesDEvenement", TypeEvenement.values());
        return "dossier/dossier";
    }

    private static UUID identifiant(String texte) {
        try {
            return UUID.fromString(texte);
        } catch (IllegalArgumentException e) {
            throw new DossierIntrouvable();
        }
    }

    private static Optional<TypeEvenement> type(String texte) {
        if (texte == null || texte.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TypeEvenement.valueOf(texte));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("« " + texte + " » n'est pas une sorte d'événement de la chronologie.");
        }
    }

    private static LocalDate date(String texte) {
        try {
            return SaisieFrancaise.date(texte);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("La date du décompte « " + texte + " » doit s'écrire jj/mm/aaaa (ex. 30/06/2026).");
        }
    }
}
