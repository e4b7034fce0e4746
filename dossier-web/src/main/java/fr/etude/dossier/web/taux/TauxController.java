package fr.etude.dossier.web.taux;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import fr.etude.dossier.core.taux.Semestre;
import fr.etude.dossier.core.taux.TableDeTaux;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** The administrator's pages for the law's rate tables: each half-year added or corrected, with its source. */
@Controller
class TauxController {

    private static final Map<String, TableDeTaux.Nature> TABLES = Map.of(
            "interet-legal", TableDeTaux.Nature.INTERET_LEGAL, "bce", TableDeTaux.Nature.REFINANCEMENT_BCE);
    private static final Pattern SEMESTRE = Pattern.compile("(\\d{4})-([12])");

    private final TablesDeLaLoi tables;
    private final Messages messages;
    private final Clock horloge;

    TauxController(TablesDeLaLoi tables, Messages messages, Clock horloge) {
        this.tables = tables;
        this.messages = messages;
        this.horloge = horloge;
    }

    @GetMapping("/admin/taux/{table}")
    String table(@PathVariable("table") String nom, Model model) {
        TableDeTaux.Nature nature = nature(nom);
        model.addAttribute("ligne", LigneDeTauxSaisie.pour(tables.table(nature).prochainASaisir(LocalDate.now(horloge))));
        return afficherLaTable(nom, nature, model);
    }

    @PostMapping("/admin/taux/{table}")
    String ajouter(@PathVariable("table") String nom, @Valid @ModelAttribute("ligne") LigneDeTauxSaisie saisie,
                   BindingResult resultat, @AuthenticationPrincipal UtilisateurConnecte administrateur, Model model,
                   RedirectAttributes redirection) {
        TableDeTaux.Nature nature = nature(nom);
        exigerLeSecondTaux(nature, saisie, resultat);
        for (String champ : new String[]{"annee", "numero"}) {
            if (resultat.getFieldValue(champ) == null && !resultat.hasFieldErrors(champ)) {
                RefusDuDomaine.obligatoire(resultat, champ);
            }
        }
        if (!resultat.hasErrors()) {
            try {
                tables.ajouter(nature, saisie.ligne(nature), administrateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("taux.ajoute", saisie.semestre().libelle()));
                return "redirect:/admin/taux/" + nom;
            } catch (RegleEnfreinte | IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, refus, Map.of(RegleEnfreinte.Sujet.MONTANT, "taux"));
            } catch (DuplicateKeyException doublon) {
                RefusDuDomaine.rejeter(resultat, messages.texte("taux.dejaSaisi", saisie.semestre().libelle()));
            }
        }
        return afficherLaTable(nom, nature, model);
    }

    @GetMapping("/admin/taux/{table}/{semestre}")
    String ligne(@PathVariable("table") String nom, @PathVariable String semestre, Model model) {
        TableDeTaux.Nature nature = nature(nom);
        model.addAttribute("ligne", LigneDeTauxSaisie.depuis(tables.table(nature).ligne(semestre(semestre))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))));
        return afficherLaLigne(nom, nature, semestre(semestre), model);
    }

    @PostMapping("/admin/taux/{table}/{semestre}")
    String corriger(@PathVariable("table") String nom, @PathVariable("semestre") String texte,
                    @Valid @ModelAttribute("ligne") LigneDeTauxSaisie saisie, BindingResult resultat,
                    @AuthenticationPrincipal UtilisateurConnecte administrateur, Model model,
                    RedirectAttributes redirection) {
        TableDeTaux.Nature nature = nature(nom);
        Semestre semestre = semestre(texte);
        saisie.setAnnee(semestre.annee());
        saisie.setNumero(semestre.numero());
        exigerLeSecondTaux(nature, saisie, resultat);
        if (!resultat.hasErrors()) {
            try {
                tables.corriger(nature, saisie.ligne(nature), saisie.motifDeLaCorrection(), administrateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("taux.corrige", semestre.libelle()));
                return "redirect:/admin/taux/" + nom;
            } catch (RegleEnfreinte | IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, refus, Map.of(RegleEnfreinte.Sujet.MONTANT, "taux",
                        RegleEnfreinte.Sujet.MOTIF, "motif"));
            }
        }
        return afficherLaLigne(nom, nature, semestre, model);
    }

    private String afficherLaTable(String nom, TableDeTaux.Nature nature, Model model) {
        model.addAttribute("nom", nom);
        model.addAttribute("nature", nature);
        model.addAttribute("table", tables.table(nature));
        return "taux/table";
    }

    private String afficherLaLigne(String nom, TableDeTaux.Nature nature, Semestre semestre, Model model) {
        model.addAttribute("nom", nom);
        model.addAttribute("nature", nature);
        model.addAttribute("semestre", semestre);
        model.addAttribute("commence", !semestre.debut().isAfter(LocalDate.now(horloge)));
        return "taux/ligne";
    }

    private static void exigerLeSecondTaux(TableDeTaux.Nature nature, LigneDeTauxSaisie saisie, BindingResult resultat) {
        if (nature.tauxParSemestre() > 1 && saisie.getTauxAutresCas() == null && !resultat.hasFieldErrors("tauxAutresCas")) {
            RefusDuDomaine.obligatoire(resultat, "tauxAutresCas");
        }
    }

    private static TableDeTaux.Nature nature(String nom) {
        TableDeTaux.Nature nature = TABLES.get(nom);
        if (nature == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return nature;
    }

    private static Semestre semestre(String texte) {
        Matcher semestre = SEMESTRE.matcher(texte);
        if (!semestre.matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return new Semestre(Integer.parseInt(semestre.group(1)), Integer.parseInt(semestre.group(2)));
    }
}
