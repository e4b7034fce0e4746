package fr.etude.dossier.web.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
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
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.CreanceId;
import fr.etude.dossier.core.creance.TitreExecutoire;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.procedure.Actes;
import fr.etude.dossier.core.procedure.NatureDActe;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** A dossier's procedure: its acts with the deadlines they started, and the commissaire's form to record one. */
@Controller
class ProcedureController {

    private final LecturesDeDossier lectures;
    private final Actes actes;
    private final ConduiteDesProcedures conduite;
    private final Saisissable saisissable;
    private final Messages messages;
    private final Clock horloge;

    ProcedureController(LecturesDeDossier lectures, Actes actes, ConduiteDesProcedures conduite, Saisissable saisissable,
                        Messages messages, Clock horloge) {
        this.saisissable = saisissable;
        this.lectures = lectures;
        this.actes = actes;
        this.conduite = conduite;
        this.messages = messages;
        this.horloge = horloge;
    }

    @GetMapping("/dossiers/{id}/procedure")
    String procedure(@PathVariable UUID id, @Valid @ModelAttribute("calcul") CalculDeQuotite calcul, BindingResult lecture,
                     Model model) {
        if (calcul.getSalaire() != null && !lecture.hasErrors()) {
            try {
                model.addAttribute("quotite", saisissable.quotite(calcul.getSalaire(),
                        calcul.getPersonnesACharge() == null ? 0 : calcul.getPersonnesACharge()));
            } catch (RegleEnfreinte refus) {
                RefusDuDomaine.rejeterLeChamp(lecture, "salaire", refus.getMessage());
            }
        }
        return afficher(fiche(id), null, null, model);
    }

    @PostMapping("/dossiers/{id}/titre")
    String titre(@PathVariable UUID id, @Valid @ModelAttribute("titre") TitreSaisi saisie, BindingResult resultat,
                 @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model, RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        if (!resultat.hasErrors()) {
            try {
                conduite.enregistrerTitre(fiche.id(), saisie.getVersion(), new CreanceId(saisie.getCreance()),
                        new TitreExecutoire(saisie.getType(), saisie.getJuridiction().strip(), saisie.getDate(),
                                Optional.ofNullable(saisie.getSignification())), utilisateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("procedure.titreEnregistre"));
                return "redirect:/dossiers/" + id + "/procedure";
            } catch (RegleEnfreinte | IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, refus, Map.of(RegleEnfreinte.Sujet.DATE, "date"));
            } catch (ModificationConcurrente | OptimisticLockingFailureException conflit) {
                RefusDuDomaine.conflit(resultat, fiche.reference());
            }
        }
        return afficher(fiche, null, saisie, model);
    }

    @PostMapping("/dossiers/{id}/actes")
    String enregistrer(@PathVariable UUID id, @Valid @ModelAttribute("acte") ActeSaisi saisie, BindingResult resultat,
                       @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model, RedirectAttributes redirection) {
        FicheDeDossier fiche = fiche(id);
        if (!resultat.hasErrors()) {
            try {
                var acte = conduite.enregistrer(fiche.id(), saisie.getVersion(), saisie.getNature(),
                        LocalDateTime.of(saisie.getLe(), saisie.getHeure()), saisie.getPrecisions(), utilisateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("procedure.acteEnregistre", acte.resume()));
                return "redirect:/dossiers/" + id + "/procedure";
            } catch (RegleEnfreinte | IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, refus, Map.of(RegleEnfreinte.Sujet.DATE, "le"));
            } catch (ModificationConcurrente | OptimisticLockingFailureException conflit) {
                RefusDuDomaine.conflit(resultat, fiche.reference());
            }
        }
        return afficher(fiche, saisie, null, model);
    }

    private String afficher(FicheDeDossier fiche, ActeSaisi saisie, TitreSaisi titre, Model model) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        if (saisie == null) {
            saisie = new ActeSaisi();
            saisie.setLe(aujourdhui);
            saisie.setHeure(LocalTime.ofInstant(horloge.instant(), ZoneId.of("Europe/Paris")).withSecond(0).withNano(0));
            saisie.setVersion(fiche.version());
        }
        if (titre == null) {
            titre = new TitreSaisi();
            titre.setVersion(fiche.version());
        }
        List<Creance> creances = conduite.creances(fiche.id());
        Map<UUID, String> choixDesCreances = new LinkedHashMap<>();
        creances.forEach(creance -> choixDesCreances.put(creance.id().value(), creance.referenceCreancier() + " · "
                + FormatFrancais.euros(creance.principal()) + " · " + creance.titre().map(lu -> messages.texte("procedure.dejaTitree",
                lu.type().libelle(), FormatFrancais.date(lu.date()))).orElse(messages.texte("procedure.sansTitre"))));
        Map<TitreExecutoire.TypeTitre, String> types = new LinkedHashMap<>();
        types.put(null, messages.texte("procedure.choisir"));
        Arrays.stream(TitreExecutoire.TypeTitre.values()).forEach(type -> types.put(type, type.libelle()));
        if (!model.containsAttribute("calcul")) {
            model.addAttribute("calcul", new CalculDeQuotite());
        }
        model.addAttribute("soldeBancaireInsaisissable", saisissable.soldeBancaireInsaisissable());
        model.addAttribute("titre", titre);
        model.addAttribute("creances", choixDesCreances);
        model.addAttribute("typesDeTitre", types);
        model.addAttribute("fiche", fiche);
        model.addAttribute("acte", saisie);
        model.addAttribute("aujourdhui", aujourdhui);
        model.addAttribute("actes", actes.duDossier(fiche.id()));
        Map<NatureDActe, String> natures = new LinkedHashMap<>();
        natures.put(null, messages.texte("procedure.choisir"));
        Arrays.stream(NatureDActe.values()).forEach(nature -> natures.put(nature, nature.mesure().libelle() + " : " + nature.libelle()));
        model.addAttribute("natures", natures);
        return "procedure/procedure";
    }

    private FicheDeDossier fiche(UUID id) {
        return lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new);
    }
}
