package fr.etude.dossier.web.echeancier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.SituationsDesDebiteurs;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.core.echeancier.Echeance;
import fr.etude.dossier.core.echeancier.Periodicite;
import fr.etude.dossier.core.echeancier.PlansDuDossier;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.web.chiffre.ResteAVivreEnVigueur;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/**
 * The échéancier tab: the plan followed instalment by instalment, a simulation that proposes by
 * default what the debtor declared he can pay, and the record of his agreement.
 */
@Controller
class EcheancierController {

    private static final int NOMBRE_PAR_DEFAUT = 6;
    private static final Map<RegleEnfreinte.Sujet, String> CHAMPS = Map.of(
            RegleEnfreinte.Sujet.PREMIERE_ECHEANCE, "premiere", RegleEnfreinte.Sujet.ACCORD, "accordLe");

    private final LecturesDeDossier lectures;
    private final SuiviDesEcheanciers suivi;
    private final SituationsDesDebiteurs situations;
    private final ResteAVivreEnVigueur resteAVivre;
    private final SmartValidator validateur;
    private final Messages messages;
    private final Clock horloge;

    EcheancierController(LecturesDeDossier lectures, SuiviDesEcheanciers suivi, SituationsDesDebiteurs situations,
                         ResteAVivreEnVigueur resteAVivre, SmartValidator validateur, Messages messages, Clock horloge) {
        this.lectures = lectures;
        this.suivi = suivi;
        this.situations = situations;
        this.resteAVivre = resteAVivre;
        this.validateur = validateur;
        this.messages = messages;
        this.horloge = horloge;
    }

    /** The page, or the simulation recomputed in place (HTMX) as the clerk changes a field. */
    @GetMapping("/dossiers/{id}/echeancier")
    String echeancier(@PathVariable UUID id, @ModelAttribute("echeancier") EcheancierSaisi saisie, BindingResult resultat,
                      @RequestParam Map<String, String> parametres, Model model) {
        FicheDeDossier fiche = fiche(id);
        Optional<Montant> capacite = capacite(fiche.id());
        if (parametres.isEmpty()) {
            proposerParDefaut(saisie, capacite, fiche.version());
        }
        validateur.validate(saisie, resultat);
        return afficher(fiche, simuler(fiche, saisie, resultat), capacite, new AnnulationSaisie(), model);
    }

    @PostMapping("/dossiers/{id}/echeancier")
    String convenir(@PathVariable UUID id, @Valid @ModelAttribute("echeancier") EcheancierSaisi saisie, BindingResult resultat,
                    @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model, RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        Optional<List<Echeance>> echeances = simuler(fiche, saisie, resultat);
        if (saisie.getAccordLe() == null && !resultat.hasFieldErrors("accordLe")) {
            RefusDuDomaine.obligatoire(resultat, "accordLe");
        }
        if (!fiche.solde().estPositif()) {
            RefusDuDomaine.rejeter(resultat, messages.texte("echeancier.rienAEchelonner"));
        }
        if (!resultat.hasErrors() && echeances.isPresent()) {
            try {
                suivi.convenir(fiche.id(), saisie.getVersion(), echeances.get(), saisie.sureteConsentie(), saisie.getAccordLe(),
                        utilisateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("echeancier.enregistre"));
                return "redirect:/dossiers/" + id + "/echeancier";
            } catch (RegleEnfreinte | IllegalArgumentException | IllegalStateException refus) {
                RefusDuDomaine.rejeter(resultat, refus, CHAMPS);
            } catch (ModificationConcurrente | OptimisticLockingFailureException conflit) {
                RefusDuDomaine.conflit(resultat, fiche.reference());
            }
        }
        return afficher(fiche, echeances, capacite(fiche.id()), new AnnulationSaisie(), model);
    }

    @PostMapping("/dossiers/{id}/echeancier/{echeancier}/annulation")
    String annuler(@PathVariable UUID id, @PathVariable("echeancier") UUID plan,
                   @Valid @ModelAttribute("annulation") AnnulationSaisie saisie, BindingResult resultat,
                   @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model, RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        if (!resultat.hasErrors()) {
            try {
                suivi.annuler(fiche.id(), saisie.getVersion(), plan, saisie.getMotif(), utilisateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("echeancier.annule"));
                return "redirect:/dossiers/" + id + "/echeancier";
            } catch (RegleEnfreinte | IllegalArgumentException | IllegalStateException refus) {
                RefusDuDomaine.rejeterLeChamp(resultat, "motif", refus.getMessage());
            } catch (ModificationConcurrente | OptimisticLockingFailureException conflit) {
                RefusDuDomaine.conflit(resultat, fiche.reference());
            }
        }
        EcheancierSaisi simulation = new EcheancierSaisi();
        proposerParDefaut(simulation, capacite(fiche.id()), fiche.version());
        model.addAttribute("echeancier", simulation);
        return afficher(fiche, Optional.empty(), capacite(fiche.id()), saisie, model);
    }

    private void proposerParDefaut(EcheancierSaisi saisie, Optional<Montant> capacite, long version) {
        if (capacite.filter(Montant::estPositif).isPresent()) {
            saisie.setMode("montant");
            saisie.setMontant(capacite.get());
        } else {
            saisie.setNombre(NOMBRE_PAR_DEFAUT);
        }
        LocalDate aujourdhui = LocalDate.now(horloge);
        saisie.setPremiere(aujourdhui.plusMonths(1));
        saisie.setAccordLe(aujourdhui);
        saisie.setVersion(version);
    }

    private Optional<Montant> capacite(DossierId dossier) {
        return situations.derniere(dossier).map(resteAVivre::capaciteMensuelle);
    }

    /** The schedule that covers the balance, when there is one to cover. */
    private Optional<List<Echeance>> simuler(FicheDeDossier fiche, EcheancierSaisi saisie, BindingResult resultat) {
        return fiche.solde().estPositif() ? saisie.simuler(fiche.solde(), LocalDate.now(horloge), resultat) : Optional.empty();
    }

    private String afficher(FicheDeDossier fiche, Optional<List<Echeance>> echeances, Optional<Montant> capacite,
                            AnnulationSaisie annulation, Model model) {
        PlansDuDossier plans = suivi.plans(fiche.id());
        model.addAttribute("fiche", fiche);
        model.addAttribute("aujourdhui", LocalDate.now(horloge));
        model.addAttribute("courant", plans.courant().orElse(null));
        model.addAttribute("peutAnnuler", plans.courant().filter(PlansDuDossier::peutEtreAnnule).isPresent());
        model.addAttribute("peutConvenir", fiche.solde().estPositif() && plans.peutEnConvenirUn());
        model.addAttribute("historique", plans.tous());
        model.addAttribute("joursDeGrace", suivi.joursDeGrace());
        model.addAttribute("capacite", capacite.orElse(null));
        model.addAttribute("echeances", echeances.orElse(List.of()));
        model.addAttribute("totalSimule", echeances.orElse(List.of()).stream().map(Echeance::montant)
                .reduce(Montant.ZERO, Montant::plus));
        model.addAttribute("periodicites", messages.libelles("periodicite.", List.of(Periodicite.values())));
        if (!model.containsAttribute("annulation")) {
            model.addAttribute("annulation", annulation);
        }
        return "echeancier/echeancier";
    }

    private FicheDeDossier fiche(UUID id) {
        return lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new);
    }
}
