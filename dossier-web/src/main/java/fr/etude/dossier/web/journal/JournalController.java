package fr.etude.dossier.web.journal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.etude.dossier.core.audit.JournalDesModifications;
import fr.etude.dossier.core.utilisateur.Utilisateurs;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;

/**
 * The journal of every change, for the administrator and the commissaire who answers for the
 * office's conduct: filtered by what, who and when, most recent first, fifty at a time.
 */
@Controller
class JournalController {

    static final int PAR_PAGE = 50;

    private final JournalDesModifications journal;
    private final Utilisateurs utilisateurs;
    private final Messages messages;

    JournalController(JournalDesModifications journal, Utilisateurs utilisateurs, Messages messages) {
        this.journal = journal;
        this.utilisateurs = utilisateurs;
        this.messages = messages;
    }

    @GetMapping("/journal")
    String journal(@Valid @ModelAttribute("filtre") FiltreDuJournal filtre, BindingResult resultat, Model model) {
        if (filtre.getDu() != null && filtre.getAu() != null && filtre.getAu().isBefore(filtre.getDu())) {
            RefusDuDomaine.rejeterLeChamp(resultat, "au", messages.texte("journal.auAvantDu"));
        }
        if (resultat.hasFieldErrors("avant")) {
            // Not a field of the form: a link edited by hand. Said above the form.
            RefusDuDomaine.rejeter(resultat, messages.texte("journal.pageIllisible"));
        }
        if (!resultat.hasErrors()) {
            model.addAttribute("page", journal.lire(filtre.filtre(), Optional.ofNullable(filtre.getAvant()), PAR_PAGE));
        }
        Map<String, String> entites = new LinkedHashMap<>();
        entites.put(null, messages.texte("journal.toutes"));
        journal.entites().forEach(entite -> entites.put(entite, messages.texteOu("journal.entite." + entite, entite)));
        Map<UUID, String> auteurs = new LinkedHashMap<>();
        auteurs.put(null, messages.texte("journal.tous"));
        utilisateurs.tous().forEach(utilisateur -> auteurs.put(utilisateur.id().value(), utilisateur.nomAffiche()));
        model.addAttribute("entites", entites);
        model.addAttribute("libelles", entites);
        model.addAttribute("auteurs", auteurs);
        return "journal/journal";
    }
}
