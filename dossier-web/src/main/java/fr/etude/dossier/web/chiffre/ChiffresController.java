package fr.etude.dossier.web.chiffre;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.chiffre.ChiffreDeLaLoi;
import fr.etude.dossier.core.chiffre.LigneDeChiffre;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** The administrator's pages for the law's dated figures: each value added or corrected, with its source. */
@Controller
class ChiffresController {

    private static final Map<RegleEnfreinte.Sujet, String> CHAMPS = Map.of(RegleEnfreinte.Sujet.MONTANT, "valeur",
            RegleEnfreinte.Sujet.DATE, "debut", RegleEnfreinte.Sujet.MOTIF, "motif");

    private final ChiffresEnVigueur chiffres;
    private final Messages messages;
    private final Clock horloge;

    ChiffresController(ChiffresEnVigueur chiffres, Messages messages, Clock horloge) {
        this.chiffres = chiffres;
        this.messages = messages;
        this.horloge = horloge;
    }

    @GetMapping("/admin/chiffres")
    String chiffres(Model model) {
        LigneDeChiffreSaisie saisie = new LigneDeChiffreSaisie();
        saisie.setDebut(LocalDate.now(horloge));
        model.addAttribute("ligneDeChiffre", saisie);
        return afficherLesChiffres(model);
    }

    @PostMapping("/admin/chiffres")
    String ajouter(@Valid @ModelAttribute("ligneDeChiffre") LigneDeChiffreSaisie saisie, BindingResult resultat,
                   @AuthenticationPrincipal UtilisateurConnecte administrateur, Model model, RedirectAttributes redirection) {
        for (String champ : List.of("chiffre", "debut")) {
            if (resultat.getFieldValue(champ) == null && !resultat.hasFieldErrors(champ)) {
                RefusDuDomaine.obligatoire(resultat, champ);
            }
        }
        lireLaValeur(saisie, resultat);
        if (!resultat.hasErrors()) {
            try {
                LigneDeChiffre ligne = saisie.ligne();
                chiffres.ajouter(ligne, administrateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("chiffres.ajoute",
                        messages.texte("chiffre." + ligne.chiffre().name()), FormatFrancais.date(ligne.debut())));
                return "redirect:/admin/chiffres";
            } catch (RegleEnfreinte | IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, refus, CHAMPS);
            } catch (DuplicateKeyException doublon) {
                RefusDuDomaine.rejeter(resultat, messages.texte("chiffres.dejaSaisi"));
            }
        }
        return afficherLesChiffres(model);
    }

    @GetMapping("/admin/chiffres/{nom}/{le}")
    String ligne(@PathVariable("nom") String nom, @PathVariable("le") String debut, Model model) {
        ChiffreDeLaLoi chiffre = chiffre(nom);
        LocalDate date = date(debut);
        model.addAttribute("ligneDeChiffre", LigneDeChiffreSaisie.depuis(chiffres.table(chiffre).ligne(date)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))));
        return afficherLaLigne(chiffre, date, model);
    }

    @PostMapping("/admin/chiffres/{nom}/{le}")
    String corriger(@PathVariable("nom") String nom, @PathVariable("le") String debut,
                    @Valid @ModelAttribute("ligneDeChiffre") LigneDeChiffreSaisie saisie, BindingResult resultat,
                    @AuthenticationPrincipal UtilisateurConnecte administrateur, Model model, RedirectAttributes redirection) {
        ChiffreDeLaLoi chiffre = chiffre(nom);
        LocalDate date = date(debut);
        saisie.setChiffre(chiffre);
        saisie.setDebut(date);
        lireLaValeur(saisie, resultat);
        if (!resultat.hasErrors()) {
            try {
                chiffres.corriger(saisie.ligne(), saisie.motifDeLaCorrection(), administrateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("chiffres.corrige",
                        messages.texte("chiffre." + chiffre.name()), FormatFrancais.date(date)));
                return "redirect:/admin/chiffres";
            } catch (RegleEnfreinte | IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, refus, CHAMPS);
            }
        }
        return afficherLaLigne(chiffre, date, model);
    }

    /** The value is read by its figure, in its unit: refused under its field even when another field is wrong too. */
    private static void lireLaValeur(LigneDeChiffreSaisie saisie, BindingResult resultat) {
        if (saisie.getChiffre() == null || saisie.getValeur() == null || resultat.hasFieldErrors("valeur")) {
            return;
        }
        try {
            saisie.getChiffre().lire(saisie.getValeur());
        } catch (RegleEnfreinte illisible) {
            RefusDuDomaine.rejeterLeChamp(resultat, "valeur", illisible.getMessage());
        }
    }

    private String afficherLesChiffres(Model model) {
        model.addAttribute("tables", chiffres.tables());
        model.addAttribute("options", messages.libelles("chiffre.", List.of(ChiffreDeLaLoi.values()),
                messages.texte("chiffres.choisir")));
        return "chiffre/chiffres";
    }

    private String afficherLaLigne(ChiffreDeLaLoi chiffre, LocalDate debut, Model model) {
        model.addAttribute("chiffre", chiffre);
        model.addAttribute("debut", debut);
        model.addAttribute("commence", !debut.isAfter(LocalDate.now(horloge)));
        return "chiffre/ligne";
    }

    private static ChiffreDeLaLoi chiffre(String nom) {
        try {
            return ChiffreDeLaLoi.valueOf(nom);
        } catch (IllegalArgumentException inconnu) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static LocalDate date(String texte) {
        try {
            return LocalDate.parse(texte);
        } catch (DateTimeParseException illisible) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
