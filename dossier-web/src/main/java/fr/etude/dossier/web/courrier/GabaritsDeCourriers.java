package fr.etude.dossier.web.courrier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import fr.etude.dossier.core.courrier.ModeleDeCourrier;

/**
 * The letters' templates: those packaged with the application (src-templates), and those an office
 * puts in its own folder ({@code dossier.courriers.surcharges}) to replace any of them without a new
 * release. A replacement that fails is reported (which template, which line) and the packaged one
 * is used, so that a typing error never stops the letters.
 */
@Component
class GabaritsDeCourriers {

    private static final Logger journal = LoggerFactory.getLogger(GabaritsDeCourriers.class);

    private final TemplateEngine livres;
    private final Optional<TemplateEngine> surcharges;
    private final Optional<Path> dossierDesSurcharges;
    private final String css;

    GabaritsDeCourriers(@Value("${dossier.courriers.surcharges:}") String dossierDesSurcharges) {
        this.livres = moteur(new ClassLoaderTemplateResolver(), "courriers/");
        this.dossierDesSurcharges = Optional.of(dossierDesSurcharges.strip()).filter(chemin -> !chemin.isEmpty()).map(Path::of);
        // An overridden template still finds the packaged mise-en-page and blocs when the folder lacks them.
        this.surcharges = this.dossierDesSurcharges.map(dossier -> {
            TemplateEngine moteur = moteur(new FileTemplateResolver(), dossier.toAbsolutePath() + "/");
            ClassLoaderTemplateResolver repli = resolveur(new ClassLoaderTemplateResolver(), "courriers/");
            repli.setOrder(2);
            moteur.addTemplateResolver(repli);
            return moteur;
        });
        this.css = lire("courriers/courrier.css");
    }

    /** The letter's HTML, and what went wrong with the office's own template, if it did. */
    record Rendu(String html, Optional<String> avertissement) {
    }

    /** For the PDF: the style sheet inlined. */
    Rendu rendre(ModeleDeCourrier modele, Map<String, Object> variables) {
        return rendre(modele, variables, Optional.empty());
    }

    /**
     * @param feuilleDeStyle for the browser: the style sheet's address instead of the inlined sheet,
     *                       which the application's content security policy would refuse
     */
    Rendu rendre(ModeleDeCourrier modele, Map<String, Object> variables, Optional<String> feuilleDeStyle) {
        Context contexte = new Context(java.util.Locale.FRANCE, variables);
        feuilleDeStyle.ifPresentOrElse(adresse -> contexte.setVariable("feuilleDeStyle", adresse),
                () -> contexte.setVariable("css", css));
        contexte.setVariable("objet", modele.objet());
        if (surcharges.isPresent() && Files.isRegularFile(dossierDesSurcharges.get().resolve(modele.gabarit() + ".html"))) {
            try {
                return new Rendu(surcharges.get().process(modele.gabarit(), contexte), Optional.empty());
            } catch (TemplateProcessingException erreur) {
                String avertissement = "Le modèle « " + modele.gabarit() + ".html » de l'étude ne peut être utilisé ("
                        + ligne(erreur).map(ligne -> "ligne " + ligne + " : ").orElse("") + cause(erreur).getMessage()
                        + ") : le modèle livré avec l'application l'a remplacé.";
                journal.warn(avertissement);
                return new Rendu(livres.process(modele.gabarit(), contexte), Optional.of(avertissement));
            }
        }
        return new Rendu(livres.process(modele.gabarit(), contexte), Optional.empty());
    }

    /** A document of the office that is not a letter of a dossier (a portfolio statement), as packaged, for the PDF. */
    String rendreDocument(String gabarit, String objet, Map<String, Object> variables) {
        Context contexte = new Context(java.util.Locale.FRANCE, variables);
        contexte.setVariable("css", css);
        contexte.setVariable("objet", objet);
        return livres.process(gabarit, contexte);
    }

    /** The line Thymeleaf points at, deep in the chain of causes. */
    private static Optional<Integer> ligne(Throwable erreur) {
        Optional<Integer> ligne = Optional.empty();
        for (Throwable cause = erreur; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateProcessingException traitement && traitement.getLine() != null) {
                ligne = Optional.of(traitement.getLine());
            }
        }
        return ligne;
    }

    private static Throwable cause(Throwable erreur) {
        Throwable cause = erreur;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The letters' style sheet, served to browsers for previews. */
    String css() {
        return css;
    }

    private static TemplateEngine moteur(AbstractConfigurableTemplateResolver resolveur, String prefixe) {
        TemplateEngine moteur = new SpringTemplateEngine();
        moteur.setTemplateResolver(resolveur(resolveur, prefixe));
        return moteur;
    }

    private static <R extends AbstractConfigurableTemplateResolver> R resolveur(R resolveur, String prefixe) {
        resolveur.setPrefix(prefixe);
        resolveur.setSuffix(".html");
        resolveur.setTemplateMode(TemplateMode.HTML);
        resolveur.setCharacterEncoding("UTF-8");
        resolveur.setCheckExistence(true);
        // An office edits its templates while the application runs: they are read again each time.
        resolveur.setCacheable(resolveur instanceof ClassLoaderTemplateResolver);
        resolveur.setOrder(1);
        return resolveur;
    }

    private static String lire(String ressource) {
        try (InputStream flux = GabaritsDeCourriers.class.getClassLoader().getResourceAsStream(ressource)) {
            if (flux == null) {
                throw new IllegalStateException("Ressource absente : " + ressource);
            }
            return new String(flux.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
