package fr.etude.dossier.web.portefeuille;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.courrier.Envoi;
import fr.etude.dossier.core.portail.ResumeDeLaSemaine;

/**
 * The weekly summary's e-mail, in plain text and in HTML, from the templates packaged with the letters'
 * (src-templates, {@code courriels/resume-hebdomadaire.txt} and {@code .html}). Amounts and dates are
 * written here, the French way, so that the templates only place them.
 */
@Component
class RedactionDuResume {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String GABARIT = "resume-hebdomadaire";

    private final TemplateEngine texte = moteur(TemplateMode.TEXT, ".txt");
    private final TemplateEngine html = moteur(TemplateMode.HTML, ".html");
    private final String portail;

    RedactionDuResume(@Value("${dossier.portail.adresse}") String portail) {
        this.portail = portail.strip().replaceAll("/+$", "");
    }

    record Paiement(String reference, String debiteur, String date, String montant, Optional<String> contrepasseLe) {
    }

    record Ligne(String reference, String debiteur, String date, String texte) {
    }

    /** The summary as the templates read it: every figure already written. */
    record Vue(String nom, Optional<String> etude, String du, String au, List<Paiement> paiements, String totalEncaisse,
               List<Ligne> propositions, List<Ligne> changementsDEtape, List<Ligne> clotures, String portail,
               String reglage) {
    }

    Envoi.Texte rediger(String nom, Optional<String> etude, ResumeDeLaSemaine resume) {
        Context contexte = new Context(Locale.FRANCE, Map.of("resume", vue(nom, etude, resume)));
        return new Envoi.Texte(texte.process(GABARIT, contexte), Optional.of(html.process(GABARIT, contexte)));
    }

    private Vue vue(String nom, Optional<String> etude, ResumeDeLaSemaine resume) {
        return new Vue(nom, etude, jour(resume.periode().premierJour(PARIS)), jour(resume.periode().dernierJour(PARIS)),
                resume.paiements().stream().map(paiement -> new Paiement(paiement.reference(), paiement.debiteur(),
                        jour(paiement.date()), FormatFrancais.euros(paiement.montant()),
                        paiement.contrepasseLe().map(RedactionDuResume::jour))).toList(),
                FormatFrancais.euros(resume.totalEncaisse()),
                resume.propositions().stream().map(proposition -> new Ligne(proposition.reference(), proposition.debiteur(),
                        jour(proposition.le()), proposition.texte())).toList(),
                resume.changementsDEtape().stream().map(changement -> new Ligne(changement.reference(), changement.debiteur(),
                        jour(changement.le()), changement.etape().libelle())).toList(),
                resume.clotures().stream().map(cloture -> new Ligne(cloture.reference(), cloture.debiteur(),
                        jour(cloture.le()), cloture.motif().libelle())).toList(),
                portail + "/portefeuille", portail + AvisController.ADRESSE);
    }

    private static String jour(LocalDate date) {
        return FormatFrancais.date(date);
    }

    private static TemplateEngine moteur(TemplateMode mode, String suffixe) {
        ClassLoaderTemplateResolver resolveur = new ClassLoaderTemplateResolver();
        resolveur.setPrefix("courriels/");
        resolveur.setSuffix(suffixe);
        resolveur.setTemplateMode(mode);
        resolveur.setCharacterEncoding("UTF-8");
        resolveur.setCheckExistence(true);
        TemplateEngine moteur = new SpringTemplateEngine();
        moteur.setTemplateResolver(resolveur);
        return moteur;
    }
}
