package fr.etude.dossier.web.admin;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.creancier.AnnuaireDesCreanciers;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.core.regle.RegleEnfreinte.Sujet;
import fr.etude.dossier.core.utilisateur.Role;
import fr.etude.dossier.core.utilisateur.Utilisateur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.core.utilisateur.Utilisateurs;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/**
 * The office's accounts: opened with a password to hand over, changed, their password reset, their
 * throttled sign-ins lifted, disabled when someone leaves and enabled again.
 */
@Controller
class UtilisateursController {

    private static final Map<Sujet, String> CHAMPS = Map.of(Sujet.IDENTIFIANT, "identifiant", Sujet.NOM, "nomAffiche",
            Sujet.ROLE, "role", Sujet.CREANCIER, "creancier");

    private final Comptes comptes;
    private final Utilisateurs utilisateurs;
    private final AnnuaireDesCreanciers creanciers;
    private final Messages messages;

    UtilisateursController(Comptes comptes, Utilisateurs utilisateurs, AnnuaireDesCreanciers creanciers,
                           Messages messages) {
        this.comptes = comptes;
        this.utilisateurs = utilisateurs;
        this.creanciers = creanciers;
        this.messages = messages;
    }

    @GetMapping("/admin/utilisateurs")
    String utilisateurs(Model model) {
        model.addAttribute("lignes", comptes.lignes());
        model.addAttribute("creanciers", creanciers.raisonsSociales());
        return "admin/utilisateurs";
    }

    @GetMapping("/admin/utilisateurs/nouveau")
    String nouveau(Model model) {
        CompteSaisi saisie = new CompteSaisi();
        saisie.setRole(Role.CLERK);
        model.addAttribute("compte", saisie);
        return formulaire(model, null);
    }

    @PostMapping("/admin/utilisateurs")
    String ouvrir(@Valid @ModelAttribute("compte") CompteSaisi saisie, BindingResult resultat,
                  @AuthenticationPrincipal UtilisateurConnecte administrateur, Model model,
                  RedirectAttributes redirection) {
        if (saisie.getIdentifiant() == null && !resultat.hasFieldErrors("identifiant")) {
            RefusDuDomaine.obligatoire(resultat, "identifiant");
        }
        verifierLeCreancier(saisie, resultat);
        if (!resultat.hasErrors() && utilisateurs.pourConnexion(saisie.getIdentifiant()).isPresent()) {
            RefusDuDomaine.rejeterLeChamp(resultat, "identifiant", messages.texte("compte.identifiantPris"));
        }
        if (!resultat.hasErrors()) {
            try {
                Utilisateur compte = Utilisateur.ouvrir(saisie.getIdentifiant(), saisie.getNomAffiche(), saisie.getRole(),
                        saisie.creancierChoisi());
                String provisoire = comptes.ouvrir(compte, administrateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("compte.ouvert", compte.nomAffiche(),
                        compte.identifiant()));
                redirection.addFlashAttribute("provisoire", new MotDePasseAFournir(compte.nomAffiche(), provisoire));
                return "redirect:/admin/utilisateurs";
            } catch (RegleEnfreinte refus) {
                RefusDuDomaine.rejeter(resultat, refus, CHAMPS);
            } catch (DataIntegrityViolationException memeIdentifiant) {
                RefusDuDomaine.rejeterLeChamp(resultat, "identifiant", messages.texte("compte.identifiantPris"));
            }
        }
        return formulaire(model, null);
    }

    @GetMapping("/admin/utilisateurs/{id}")
    String compte(@PathVariable UUID id, Model model) {
        Utilisateurs.Compte compte = comptes.compte(new UtilisateurId(id));
        model.addAttribute("compte", CompteSaisi.depuis(compte));
        return formulaire(model, compte);
    }

    @PostMapping("/admin/utilisateurs/{id}")
    String modifier(@PathVariable UUID id, @Valid @ModelAttribute("compte") CompteSaisi saisie, BindingResult resultat,
                    @AuthenticationPrincipal UtilisateurConnecte administrateur, Model model,
                    RedirectAttributes redirection) {
        Utilisateurs.Compte compte = comptes.compte(new UtilisateurId(id));
        saisie.setIdentifiant(compte.utilisateur().identifiant());
        if (saisie.getVersion() == null) {
            RefusDuDomaine.obligatoire(resultat, "version");
        }
        verifierLeCreancier(saisie, resultat);
        if (!resultat.hasErrors()) {
            try {
                Utilisateur modifie = compte.utilisateur().modifier(saisie.getNomAffiche(), saisie.getRole(),
                        saisie.creancierChoisi(), administrateur.id());
                comptes.modifier(modifie, saisie.getVersion(), administrateur.auteur());
                redirection.addFlashAttribute("message", messages.texte("compte.modifie", modifie.nomAffiche()));
                return "redirect:/admin/utilisateurs";
            } catch (RegleEnfreinte refus) {
                RefusDuDomaine.rejeter(resultat, refus, CHAMPS);
            } catch (OptimisticLockingFailureException autreModification) {
                RefusDuDomaine.conflit(resultat, "conflit.compte", compte.utilisateur().nomAffiche());
            }
        }
        return formulaire(model, compte);
    }

    @PostMapping("/admin/utilisateurs/{id}/mot-de-passe")
    String reinitialiser(@PathVariable UUID id, @AuthenticationPrincipal UtilisateurConnecte administrateur,
                         RedirectAttributes redirection) {
        String provisoire = comptes.reinitialiserLeMotDePasse(new UtilisateurId(id), administrateur.auteur());
        String nom = comptes.compte(new UtilisateurId(id)).utilisateur().nomAffiche();
        redirection.addFlashAttribute("message", messages.texte("compte.motDePasseReinitialise", nom));
        redirection.addFlashAttribute("provisoire", new MotDePasseAFournir(nom, provisoire));
        return "redirect:/admin/utilisateurs";
    }

    @PostMapping("/admin/utilisateurs/{id}/freinage")
    String leverLeFreinage(@PathVariable UUID id, @AuthenticationPrincipal UtilisateurConnecte administrateur,
                           RedirectAttributes redirection) {
        Utilisateur compte = comptes.leverLeFreinage(new UtilisateurId(id), administrateur.auteur());
        redirection.addFlashAttribute("message", messages.texte("compte.freinageLeve", compte.nomAffiche()));
        return "redirect:/admin/utilisateurs";
    }

    @PostMapping("/admin/utilisateurs/{id}/activite")
    String activite(@PathVariable UUID id, @RequestParam boolean actif,
                    @AuthenticationPrincipal UtilisateurConnecte administrateur, RedirectAttributes redirection) {
        try {
            Utilisateur compte = comptes.changerActivite(new UtilisateurId(id), actif, administrateur.auteur());
            redirection.addFlashAttribute("message", messages.texte(actif ? "utilisateur.active" : "utilisateur.desactive",
                    compte.nomAffiche()));
        } catch (IllegalArgumentException refus) {
            redirection.addFlashAttribute("alerte", refus.getMessage());
        }
        return "redirect:/admin/utilisateurs";
    }

    /** A password shown once, on the page that follows the opening or the reset, to hand over. */
    record MotDePasseAFournir(String nom, String motDePasse) implements java.io.Serializable {
    }

    private void verifierLeCreancier(CompteSaisi saisie, BindingResult resultat) {
        if (saisie.getCreancier() != null && !resultat.hasFieldErrors("creancier")
                && !creanciers.raisonsSociales().containsKey(new CreancierId(saisie.getCreancier()))) {
            RefusDuDomaine.rejeterLeChamp(resultat, "creancier", messages.texte("compte.creancierInconnu"));
        }
    }

    private String formulaire(Model model, Utilisateurs.Compte compte) {
        model.addAttribute("existant", compte);
        model.addAttribute("roles", messages.libelles("role.", java.util.List.of(Role.values())));
        Map<UUID, String> options = new java.util.LinkedHashMap<>();
        options.put(null, messages.texte("compte.creancier.aucun"));
        creanciers.raisonsSociales().forEach((id, nom) -> options.put(id.value(), nom));
        model.addAttribute("creanciers", options);
        return "admin/compte";
    }
}
