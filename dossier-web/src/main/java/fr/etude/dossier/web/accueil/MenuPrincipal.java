package fr.etude.dossier.web.accueil;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/**
 * The links of the top bar a user may follow, as the security rules decide for his roles: a link
 * shows exactly when its page would be let through. The pages' rules depend on roles alone, so
 * each set of roles is decided once, not on every page.
 */
@Component("menu")
@ConditionalOnWebApplication
public class MenuPrincipal {

    private static final List<Lien> LIENS = List.of(
            new Lien("/journee", "nav.journee"),
            new Lien("/publipostages", "nav.publipostage"),
            new Lien("/escalades", "nav.escalades"),
            new Lien("/echeances", "nav.echeances"),
            new Lien("/supervision", "nav.supervision"),
            new Lien("/portefeuille", "nav.portefeuille"),
            new Lien("/portefeuille/avis", "nav.avis"),
            new Lien("/admin", "nav.administration"),
            new Lien("/journal", "nav.journal"));

    private final WebInvocationPrivilegeEvaluator regles;
    private final Map<Set<String>, List<Lien>> parRoles = new ConcurrentHashMap<>();

    MenuPrincipal(WebInvocationPrivilegeEvaluator regles) {
        this.regles = regles;
    }

    /** Nothing for a visitor not signed in. */
    public List<Lien> pour(Authentication authentification) {
        if (authentification == null || authentification instanceof AnonymousAuthenticationToken
                || !authentification.isAuthenticated()) {
            return List.of();
        }
        return parRoles.computeIfAbsent(AuthorityUtils.authorityListToSet(authentification.getAuthorities()),
                roles -> LIENS.stream().filter(lien -> regles.isAllowed(lien.chemin(), authentification)).toList());
    }

    /** @param libelle the key of its text in the messages */
    public record Lien(String chemin, String libelle) {
    }
}
