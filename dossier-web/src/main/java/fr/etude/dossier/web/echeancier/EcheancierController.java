package fr.etude.dossier.web.echeancier;

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

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.debiteur.ResteAVivre;
import fr.etude.dossier.core.debiteur.SituationsDesDebiteurs;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.echeancier.Echeance;
import fr.etude.dossier.core.echeancier.Periodicite;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/**
 * The échéancier tab: the plan followed instalment by instalment, a simulation that proposes by
 * default what the debtor declared he can pay, and the record of his agreement.
 */
@Controller
class EcheancierController {

    private static final int NOMBRE_PAR_DEFAUT = 6;

    private final LecturesDeDossier lectures;
    private final SuiviDesEcheanciers suivi;
    private final SituationsDesDebiteurs situations;
    private final ResteAVivre resteAVivre;
    private final Clock horloge;

    EcheancierController(LecturesDeDossier lectures, SuiviDesEcheanciers suivi, SituationsDesDebiteurs situations,
                         ResteAVivre resteAVivre, Clock horloge) {
        this.lectures = lectures;
        this.suivi = suivi;
        this.situations = situations;
        this.resteAVivre = resteAVivre;
        this.horloge = horloge;
    }

    @GetMapping("/dossiers/{id}/echeancier")
    String echeancier(@PathVariable UUID id, @ModelAttribute("simulation") SimulationDEcheancier simulation,
                      @RequestParam(name = "premiere", required = false) String premiere, Model model) {
        FicheDeDossier fiche = fiche(id);
        Optional<Montant> capacite = capacite(fiche.id());
        if (premiere == null) {
            proposerParDefaut(simulation, capacite);
        }
        Map<String, String> erreurs = new LinkedHashMap<>();
        return afficher(fiche, simulation, simuler(fiche, simulation, erreurs), capacite, erreurs, model);
    }

    @PostMapping("/dossiers/{id}/echeancier")
    String convenir(@PathVariable UUID id, @ModelAttribute("simulation") SimulationDEcheancier simulation,
                    @RequestParam long version, @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model,
                    RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<List<Echeance>> echeances = simuler(fiche, simulation, erreurs);
        Optional<LocalDate> accord = simulation.accord(erreurs);
        if (erreurs.isEmpty() && echeances.isEmpty()) {
            model.addAttribute("refus", "Le dossier est soldé : il n'y a rien à échelonner.");
        } else if (erreurs.isEmpty()) {
            try {
                suivi.convenir(fiche.id(), version, echeances.orElseThrow(), simulation.sureteConsentie(), accord.orElseThrow(),
                        new Auteur(utilisateur.id(), utilisateur.nomAffiche()));
                redirection.addFlashAttribute("message", "Échéancier enregistré : le dossier le suivra échéance par échéance.");
                return "redirect:/dossiers/" + id + "/echeancier";
            } catch (IllegalArgumentException | IllegalStateException | ModificationConcurrente refus) {
                model.addAttribute("refus", refus.getMessage());
            }
        }
        model.addAttribute("version", version);
        return afficher(fiche, simulation, echeances, capacite(fiche.id()), erreurs, model);
    }

    @PostMapping("/dossiers/{id}/echeancier/{echeancier}/annulation")
    String annuler(@PathVariable UUID id, @PathVariable UUID echeancier, @RequestParam(defaultValue = "") String motif,
                   @RequestParam long version, @AuthenticationPrincipal UtilisateurConnecte utilisateur,
                   RedirectAttributes redirection) {
        try {
            suivi.annuler(new DossierId(id), version, echeancier, motif, new Auteur(utilisateur.id(), utilisateur.nomAffiche()));
            redirection.addFlashAttribute("message", "Échéancier annulé.");
        } catch (IllegalArgumentException | IllegalStateException | ModificationConcurrente refus) {
            redirection.addFlashAttribute("alerte", refus.getMessage());
        }
        return "redirect:/dossiers/" + id + "/echeancier";
    }

    private void proposerParDefaut(SimulationDEcheancier simulation, Optional<Montant> capacite) {
        if (capacite.filter(Montant::estPositif).isPresent()) {
            simulation.setMode("montant");
            simulation.setMontant(FormatFrancais.montant(capacite.get()));
        } else {
            simulation.setNombre(String.valueOf(NOMBRE_PAR_DEFAUT));
        }
        LocalDate aujourdhui = LocalDate.now(horloge);
        simulation.setPremiere(FormatFrancais.date(aujourdhui.plusMonths(1)));
        simulation.setAccordLe(FormatFrancais.date(aujourdhui));
    }

    private Optional<Montant> capacite(DossierId dossier) {
        return situations.derniere(dossier).map(resteAVivre::capaciteMensuelle);
    }

    /** The schedule that covers the balance, when there is one to cover. */
    private static Optional<List<Echeance>> simuler(FicheDeDossier fiche, SimulationDEcheancier simulation,
                                                    Map<String, String> erreurs) {
        return fiche.solde().estPositif() ? simulation.simuler(fiche.solde(), erreurs) : Optional.empty();
    }

    private String afficher(FicheDeDossier fiche, SimulationDEcheancier simulation, Optional<List<Echeance>> echeances,
                            Optional<Montant> capacite, Map<String, String> erreurs, Model model) {
        model.addAttribute("fiche", fiche);
        model.addAttribute("aujourdhui", LocalDate.now(horloge));
        List<fr.etude.dossier.core.echeancier.Echeancier> historique = suivi.historique(fiche.id());
        model.addAttribute("courant", SuiviDesEcheanciers.courant(historique).orElse(null));
        model.addAttribute("historique", historique);
        model.addAttribute("joursDeGrace", suivi.joursDeGrace());
        model.addAttribute("capacite", capacite.orElse(null));
        model.addAttribute("echeances", echeances.orElse(List.of()));
        model.addAttribute("totalSimule", echeances.orElse(List.of()).stream().map(Echeance::montant)
                .reduce(Montant.ZERO, Montant::plus));
        model.addAttribute("periodicites", Periodicite.values());
        model.addAttribute("erreurs", erreurs);
        if (!model.containsAttribute("version")) {
            model.addAttribute("version", fiche.version());
        }
        return "dossier/echeancier";
    }

    private FicheDeDossier fiche(UUID id) {
        return lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new);
    }
}
