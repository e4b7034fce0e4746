package fr.etude.dossier.web.securite;

import java.util.LinkedHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@ConditionalOnWebApplication
class SecuriteConfiguration {

    /** Same-origin only: the assets come from our WebJars, never from a CDN. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authentification) throws Exception {
        http
            .authenticationManager(authentification)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/connexion", "/ressources/**", "/webjars/**", "/error", "/formulaire-expire").permitAll()
                .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN")
                .requestMatchers("/journee/**").hasRole("CLERK")
                .requestMatchers("/escalades/**", "/echeances/**", "/supervision/**", "/dossiers/*/actes", "/dossiers/*/titre").hasRole("HUISSIER")
                .requestMatchers("/dossiers/*/escalade/approbation", "/dossiers/*/escalade/renvoi").hasRole("HUISSIER")
                .requestMatchers("/dossiers/**", "/recherche", "/publipostages/**").hasAnyRole("CLERK", "HUISSIER")
                .requestMatchers("/portefeuille/**").hasRole("CREDITOR")
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .requestMatchers("/journal").hasAnyRole("ADMIN", "HUISSIER")
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/connexion")
                .usernameParameter("identifiant")
                .passwordParameter("motDePasse")
                .defaultSuccessUrl("/")
                .failureUrl("/connexion?erreur")
                .permitAll())
            .logout(logout -> logout
                .logoutUrl("/deconnexion")
                .logoutSuccessUrl("/connexion?deconnecte")
                .deleteCookies("SESSION"))
            .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(refus()))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * A form whose CSRF token is missing or stale (the page stayed open past the session, or the
     * session ended) is not a question of profile: it gets its own page, which says that nothing
     * was saved and offers to reload. Every other refusal keeps the 403 page.
     */
    private static AccessDeniedHandler refus() {
        AccessDeniedHandlerImpl formulaireExpire = new AccessDeniedHandlerImpl();
        formulaireExpire.setErrorPage("/formulaire-expire");
        LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler> parRefus = new LinkedHashMap<>();
        parRefus.put(CsrfException.class, formulaireExpire);
        return new DelegatingAccessDeniedHandler(parRefus, new AccessDeniedHandlerImpl());
    }
}
