package fr.etude.dossier.web.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.contact.Canal;
import fr.etude.dossier.core.contact.DecisionDeContact;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.dossier.ProchaineAction;
import fr.etude.dossier.core.utilisateur.Role;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.web.format.SaisieFrancaise;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** Logging a call, a letter, an e-mail or a visit on a dossier. */
@Controller
class ContactController {

    /** Outcomes of a call; the first four mean the debtor was reached. */
    static final Map<String, String> ISSUES = new LinkedHashMap<>();
    private static final Set<String> CONVERSATIONS = Set.of("JOINT", "PROMESSE", "REFUS", "CONTESTATION");

    static {
        ISSUES.put("JOINT", "débiteur joint");
        ISSUES.put("PROMESSE", "promesse de paiement");
        ISSUES.put("REFUS", "refus de payer");
        ISSUES.put("CONTESTATION", "contestation de la créance");
        ISSUES.put("MESSAGERIE", "messagerie");
        ISSUES.put("PAS_DE_REPONSE", "pas de réponse");
        ISSUES.put("FAUX_NUMERO", "faux numéro");
    }

    private final LecturesDeDossier lectures;
    private final JournalDeContacts journal;
    private final Clock horloge;

    ContactController(LecturesDeDossier lectures, JournalDeContacts journal, Clock horloge) {
        this.lectures = lectures;
        this.journal = journal;
        this.horloge = horloge;
    }

    @GetMapping("/dossiers/{id}/contacts/nouveau")
    String formulaire(@PathVariable UUID id, Model model) {
        FicheDeDossier fiche = lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new);
        FormulaireDeContact formulaire = new FormulaireDeContact();
        LocalDateTime maintenant = LocalDateTime.now(horloge);
        formulaire.setDate(FormatFrancais.date(maintenant.toLocalDate()));
        formulaire.setHeure(String.format("%02d:%02d", maintenant.getHour(), maintenant.getMinute()));
        formulaire.setVersion(fiche.version());
        return afficher(fiche, formulaire, List.of(), model);
    }

    @PostMapping("/dossiers/{id}/contacts")
    String consigner(@PathVariable UUID id, @ModelAttribute("formulaire") FormulaireDeContact formulaire,
                     BindingResult erreurs, @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model,
                     RedirectAttributes redirection) {
        FicheDeDossier fiche = lectures.fiche(new DossierId(id)).orElseThrow(DossierIntrouvable::new);
        JournalDeContacts.ContactAConsigner saisie = lire(formulaire, erreurs);
        if (erreurs.hasErrors()) {
            return afficher(fiche, formulaire, List.of(), model);
        }
        Optional<String> derogation = Optional.ofNullable(formulaire.getDerogation()).filter(texte -> !texte.isBlank());
        if (derogation.isPresent() && utilisateur.role() != Role.HUISSIER) {
            rejeter(erreurs, null, "Seul le commissaire de justice peut déroger à la politique de contact.");
            return afficher(fiche, formulaire, List.of(), model);
        }
        try {
            List<DecisionDeContact.Infraction> infractions = journal.consigner(new DossierId(id), formulaire.getVersion(),
                    saisie, derogation, new Auteur(utilisateur.id(), utilisateur.nomAffiche()));
            if (!infractions.isEmpty()) {
                return afficher(fiche, formulaire, infractions, model);
            }
        } catch (ModificationConcurrente conflit) {
            rejeter(erreurs, null, conflit.getMessage());
            formulaire.setVersion(fiche.version());
            return afficher(fiche, formulaire, List.of(), model);
        } catch (IllegalArgumentException refus) {
            rejeter(erreurs, null, refus.getMessage());
            return afficher(fiche, formulaire, List.of(), model);
        }
        redirection.addFlashAttribute("message", "Contact consigné.");
        return "redirect:/dossiers/" + id;
    }

    private String afficher(FicheDeDossier fiche, FormulaireDeContact formulaire,
                            List<DecisionDeContact.Infraction> infractions, Model model) {
        model.addAttribute("fiche", fiche);
        model.addAttribute("formulaire", formulaire);
        model.addAttribute("infractions", infractions);
        model.addAttribute("canaux", List.of(Canal.APPEL, Canal.COURRIER, Canal.EMAIL, Canal.VISITE));
        model.addAttribute("issues", ISSUES);
        model.addAttribute("typesDAction", ProchaineAction.Type.values());
        return "dossier/contact";
    }

    /** Reads every field, rejecting each wrong one with its French message; the form keeps what was typed. */
    private static JournalDeContacts.ContactAConsigner lire(FormulaireDeContact formulaire, BindingResult erreurs) {
        Canal canal = champ(erreurs, "canal", () -> Canal.valueOf(formulaire.getCanal()), "Choisissez le canal du contact.");
        LocalDate date = champ(erreurs, "date", () -> SaisieFrancaise.date(formulaire.getDate()), null);
        LocalTime heure = champ(erreurs, "heure", () -> SaisieFrancaise.heure(formulaire.getHeure()), null);
        boolean appel = canal == Canal.APPEL;
        Optional<String> issue = appel ? Optional.ofNullable(formulaire.getIssue()).filter(ISSUES::containsKey) : Optional.empty();
        if (appel && issue.isEmpty()) {
            rejeter(erreurs, "issue", "Choisissez l'issue de l'appel.");
        }
        Optional<JournalDeContacts.Promesse> promesse = Optional.empty();
        if (issue.filter("PROMESSE"::equals).isPresent()) {
            LocalDate dateProm = champ(erreurs, "promesseDate", () -> SaisieFrancaise.date(formulaire.getPromesseDate()), null);
            var montant = champ(erreurs, "promesseMontant", () -> SaisieFrancaise.montant(formulaire.getPromesseMontant()), null);
            if (dateProm != null && date != null && dateProm.isBefore(date)) {
                rejeter(erreurs, "promesseDate", "La date promise ne peut précéder le jour de l'appel.");
            } else if (dateProm != null && montant != null) {
                promesse = Optional.of(new JournalDeContacts.Promesse(dateProm, montant));
            }
        }
        if (formulaire.isTiers() && blanc(formulaire.getBaseLegale()) && blanc(formulaire.getDerogation())) {
            rejeter(erreurs, "baseLegale", "Indiquez la base légale qui permet de parler de la dette à ce tiers.");
        }
        Optional<ProchaineAction> prochaine = Optional.empty();
        if (!blanc(formulaire.getProchaineDate())) {
            LocalDate dateAction = champ(erreurs, "prochaineDate", () -> SaisieFrancaise.date(formulaire.getProchaineDate()), null);
            ProchaineAction.Type type = champ(erreurs, "prochaineType",
                    () -> ProchaineAction.Type.valueOf(formulaire.getProchaineType()), "Choisissez la prochaine action.");
            if (dateAction != null && type != null) {
                prochaine = Optional.of(new ProchaineAction(dateAction, type));
            }
        }
        if (erreurs.hasErrors()) {
            return null;
        }
        return new JournalDeContacts.ContactAConsigner(canal, LocalDateTime.of(date, heure), appel && formulaire.isEntrant(),
                issue.filter(CONVERSATIONS::contains).isPresent() || canal == Canal.VISITE, issue, issue.map(ISSUES::get),
                texte(formulaire.getNumero()), canal == Canal.COURRIER || canal == Canal.EMAIL ? texte(formulaire.getModele())
                : Optional.empty(), formulaire.isTiers(), texte(formulaire.getBaseLegale()), formulaire.isDemandeParDebiteur(),
                texte(formulaire.getCommentaire()), promesse, prochaine);
    }

    private static <T> T champ(BindingResult erreurs, String nom, Supplier<T> lecture, String message) {
        try {
            return lecture.get();
        } catch (IllegalArgumentException | NullPointerException refus) {
            rejeter(erreurs, nom, message != null ? message : refus.getMessage());
            return null;
        }
    }

    /**
     * A French error on a field, or on the whole form when {@code champ} is null. The messages go
     * through MessageFormat (spring.messages.always-use-message-format), where an apostrophe must be
     * doubled to be shown.
     */
    private static void rejeter(BindingResult erreurs, String champ, String message) {
        String echappe = message.replace("'", "''");
        // A code with no message of its own, so that the French text given here is the one shown.
        if (champ == null) {
            erreurs.reject("saisie.refusee", echappe);
        } else {
            erreurs.rejectValue(champ, "saisie.refusee", echappe);
        }
    }

    private static boolean blanc(String texte) {
        return texte == null || texte.isBlank();
    }

    private static Optional<String> texte(String texte) {
        return blanc(texte) ? Optional.empty() : Optional.of(texte.strip());
    }

}
