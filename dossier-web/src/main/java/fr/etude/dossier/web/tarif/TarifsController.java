package fr.etude.dossier.web.tarif;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.core.tarif.TarifDeRecouvrement;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** The administrator's pages for the recovery tariffs (art. A444-31 and A444-32 C. com.): a new period, or one checked. */
@Controller
class TarifsController {

    private final TarifsDeRecouvrement tarifs;
    private final Messages messages;
    private final Clock horloge;

    TarifsController(TarifsDeRecouvrement tarifs, Messages messages, Clock horloge) {
        this.tarifs = tarifs;
        this.messages = messages;
        this.horloge = horloge;
    }

    @GetMapping("/admin/tarifs")
    String tarifs(Model model) {
        model.addAttribute("tarif", TarifSaisi.vide());
        return afficherLesTarifs(model);
    }

    @PostMapping("/admin/tarifs")
    String ajouter(@Valid @ModelAttribute("tarif") TarifSaisi saisi, BindingResult resultat,
                   @AuthenticationPrincipal UtilisateurConnecte administrateur, Model model, RedirectAttributes redirection) {
        exigerLesTranches(saisi, resultat);
        if (!resultat.hasErrors()) {
            try {
                tarifs.ajouter(saisi.tarif(), administrateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("tarifs.ajoute", saisi.getCote().article(),
                        FormatFrancais.date(saisi.getEnVigueurLe())));
                return "redirect:/admin/tarifs";
            } catch (RegleEnfreinte | IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, refus, Map.of(RegleEnfreinte.Sujet.DATE, "enVigueurLe"));
            } catch (DuplicateKeyException doublon) {
                RefusDuDomaine.rejeter(resultat, messages.texte("tarifs.dejaSaisi"));
            }
        }
        saisi.completer();
        return afficherLesTarifs(model);
    }

    @GetMapping("/admin/tarifs/{cote}/{date}")
    String tarif(@PathVariable("cote") String cote, @PathVariable("date") String date, Model model) {
        TarifDeRecouvrement tarif = tarif(cote(cote), date(date));
        model.addAttribute("verification", VerificationDeTarif.depuis(tarif));
        return afficherLeTarif(tarif, model);
    }

    @PostMapping("/admin/tarifs/{cote}/{date}")
    String verifier(@PathVariable("cote") String nom, @PathVariable("date") String texte,
                    @Valid @ModelAttribute("verification") VerificationDeTarif verification, BindingResult resultat,
                    @AuthenticationPrincipal UtilisateurConnecte administrateur, Model model, RedirectAttributes redirection) {
        TarifDeRecouvrement.Cote cote = cote(nom);
        LocalDate date = date(texte);
        TarifDeRecouvrement tarif = tarif(cote, date);
        if (!resultat.hasErrors()) {
            try {
                tarifs.verifier(cote, date, verification.getSource(), Optional.ofNullable(verification.getPublieLe()),
                        verification.isConfirme(), verification.motifDeLaVerification(), administrateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("tarifs.verifie", cote.article(), FormatFrancais.date(date)));
                return "redirect:/admin/tarifs";
            } catch (RegleEnfreinte | IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, refus, Map.of(RegleEnfreinte.Sujet.MOTIF, "motif"));
            }
        }
        return afficherLeTarif(tarif, model);
    }

    /** A band typed needs its rate; at least one band is needed. */
    private static void exigerLesTranches(TarifSaisi saisi, BindingResult resultat) {
        List<Integer> remplies = saisi.lignesRemplies();
        if (remplies.isEmpty()) {
            RefusDuDomaine.obligatoire(resultat, "tranches[0].taux");
        }
        for (int i : remplies) {
            String champ = "tranches[" + i + "].taux";
            if (saisi.getTranches().get(i).getTaux() == null && !resultat.hasFieldErrors(champ)) {
                RefusDuDomaine.obligatoire(resultat, champ);
            }
        }
    }

    private String afficherLesTarifs(Model model) {
        model.addAttribute("tables", Stream.of(TarifDeRecouvrement.Cote.values()).map(tarifs::table).toList());
        model.addAttribute("cotes", messages.libelles("tarifs.cote.", List.of(TarifDeRecouvrement.Cote.values()),
                messages.texte("chiffres.choisir")));
        model.addAttribute("aujourdhui", LocalDate.now(horloge));
        return "tarif/tarifs";
    }

    private String afficherLeTarif(TarifDeRecouvrement tarif, Model model) {
        model.addAttribute("t", tarif);
        model.addAttribute("commence", !tarif.enVigueurLe().isAfter(LocalDate.now(horloge)));
        return "tarif/tarif";
    }

    private TarifDeRecouvrement tarif(TarifDeRecouvrement.Cote cote, LocalDate date) {
        return tarifs.table(cote).du(date).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static TarifDeRecouvrement.Cote cote(String nom) {
        try {
            return TarifDeRecouvrement.Cote.valueOf(nom);
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
