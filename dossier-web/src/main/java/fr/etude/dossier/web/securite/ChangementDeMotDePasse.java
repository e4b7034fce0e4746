package fr.etude.dossier.web.securite;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import fr.etude.dossier.core.utilisateur.Utilisateurs;
import fr.etude.dossier.web.format.RefusDuDomaine;

/**
 * A password someone else gave (the first administrator's, from the start-up settings) is changed at
 * the first sign-in: until then every page leads to this form. The new password then signs in again.
 */
@Controller
class ChangementDeMotDePasse {

    static final String ADRESSE = "/mot-de-passe";

    private final Utilisateurs utilisateurs;
    private final PasswordEncoder motsDePasse;

    ChangementDeMotDePasse(Utilisateurs utilisateurs, PasswordEncoder motsDePasse) {
        this.utilisateurs = utilisateurs;
        this.motsDePasse = motsDePasse;
    }

    @GetMapping(ADRESSE)
    String formulaire(@ModelAttribute("motDePasse") NouveauMotDePasse saisie) {
        return "securite/mot-de-passe";
    }

    @PostMapping(ADRESSE)
    @Transactional
    String changer(@Valid @ModelAttribute("motDePasse") NouveauMotDePasse saisie, BindingResult resultat,
                   @AuthenticationPrincipal UtilisateurConnecte utilisateur, HttpServletRequest requete)
            throws ServletException {
        if (!resultat.hasFieldErrors() && !saisie.getNouveau().equals(saisie.getConfirmation())) {
            RefusDuDomaine.rejeterLeChamp(resultat, "confirmation", "Les deux saisies diffèrent.");
        }
        // The signed-in principal has forgotten its hash (erased after sign-in): the stored one is read.
        String actuel = utilisateurs.pourConnexion(utilisateur.getUsername()).orElseThrow().motDePasseHache();
        if (!resultat.hasErrors() && motsDePasse.matches(saisie.getNouveau(), actuel)) {
            RefusDuDomaine.rejeterLeChamp(resultat, "nouveau", "Choisissez un autre mot de passe que celui qui vous a été donné.");
        }
        if (resultat.hasErrors()) {
            return "securite/mot-de-passe";
        }
        utilisateurs.changerMotDePasse(utilisateur.id(), motsDePasse.encode(saisie.getNouveau()));
        requete.logout();
        return "redirect:/connexion?motDePasseChange";
    }

    /** The new password, twice; long enough to resist guessing. */
    public static class NouveauMotDePasse {
        @NotBlank
        @Size(min = 12, max = 100)
        private String nouveau;
        @NotBlank
        private String confirmation;

        public String getNouveau() { return nouveau; }
        public void setNouveau(String nouveau) { this.nouveau = nouveau; }
        public String getConfirmation() { return confirmation; }
        public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
    }

    /** Every other page leads to the change while it is owed. */
    @Configuration(proxyBeanMethods = false)
    static class Obligation implements WebMvcConfigurer, HandlerInterceptor {

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(this).excludePathPatterns(ADRESSE, "/deconnexion", "/connexion", "/ressources/**",
                    "/webjars/**", "/error");
        }

        @Override
        public boolean preHandle(HttpServletRequest requete, jakarta.servlet.http.HttpServletResponse reponse,
                                 Object gestionnaire) throws java.io.IOException {
            if (requete.getUserPrincipal() instanceof org.springframework.security.core.Authentication authentification
                    && authentification.getPrincipal() instanceof UtilisateurConnecte utilisateur
                    && utilisateur.motDePasseAChanger()) {
                reponse.sendRedirect(requete.getContextPath() + ADRESSE);
                return false;
            }
            return true;
        }
    }
}
