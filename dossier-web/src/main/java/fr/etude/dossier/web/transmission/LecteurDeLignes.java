package fr.etude.dossier.web.transmission;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;

import fr.etude.dossier.core.transmission.DossierTransmis;
import fr.etude.dossier.core.transmission.Imports;
import fr.etude.dossier.web.format.ErreursDeLecture;
import fr.etude.dossier.web.format.FormatsFrancais;

/**
 * Reads a line of a file as the form would be read: bound by the same formatters, checked by the
 * same constraints and the same core, refused with the same French messages.
 */
@Component
class LecteurDeLignes {

    private static final String NOM_DU_FORMULAIRE = "dossierTransmisSaisi";
    private static final ErreursDeLecture ERREURS_DE_LECTURE = new ErreursDeLecture();

    private final ConversionService conversions;
    private final Validator validateur;
    private final MessageSource messages;

    LecteurDeLignes(@org.springframework.beans.factory.annotation.Qualifier("defaultValidator") Validator validateur,
                    MessageSource messages) {
        this.conversions = FormatsFrancais.conversions();
        this.validateur = validateur;
        this.messages = messages;
    }

    /** The line's dossier, or why it is refused, field by field. */
    record Lecture(Optional<DossierTransmis> dossier, List<Imports.Anomalie> anomalies) {
    }

    Lecture lire(FichierDeDossiers.Ligne ligne, LocalDate aujourdhui) {
        DossierTransmisSaisi saisie = new DossierTransmisSaisi();
        DataBinder liaison = new DataBinder(saisie, NOM_DU_FORMULAIRE);
        liaison.setConversionService(conversions);
        liaison.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        liaison.setBindingErrorProcessor(ERREURS_DE_LECTURE);
        liaison.setValidator(validateur);
        liaison.bind(new MutablePropertyValues(valeurs(ligne.champs())));
        liaison.validate();
        BindingResult resultat = liaison.getBindingResult();
        Optional<DossierTransmis> dossier = saisie.lire(resultat, aujourdhui);
        List<Imports.Anomalie> anomalies = new ArrayList<>();
        if (ligne.champs().containsKey(FichierDeDossiers.EN_TROP)) {
            anomalies.add(new Imports.Anomalie(ligne.numero(), Optional.empty(), messages.getMessage("import.celluleEnTrop",
                    new Object[]{ligne.champs().get(FichierDeDossiers.EN_TROP)}, Locale.FRANCE)));
        }
        for (ObjectError erreur : resultat.getAllErrors()) {
            Optional<String> colonne = erreur instanceof FieldError champ
                    ? Optional.ofNullable(FichierDeDossiers.colonne(champ.getField())) : Optional.empty();
            anomalies.add(new Imports.Anomalie(ligne.numero(), colonne, messages.getMessage(erreur, Locale.FRANCE)));
        }
        return anomalies.isEmpty() ? new Lecture(dossier, List.of()) : new Lecture(Optional.empty(), anomalies);
    }

    /** A file says "Mme", "madame", "société" or "commerciale": the form's values are the enums'. */
    private static Map<String, Object> valeurs(Map<String, String> champs) {
        Map<String, Object> valeurs = new HashMap<>(champs);
        valeurs.remove(FichierDeDossiers.EN_TROP);
        valeurs.computeIfPresent("civilite", (champ, valeur) -> civilite(valeur.toString()));
        valeurs.computeIfPresent("creances[0].nature", (champ, valeur) -> majuscules(valeur.toString()));
        valeurs.put("personne", champs.containsKey("raisonSociale") ? DossierTransmisSaisi.Personne.MORALE.name()
                : DossierTransmisSaisi.Personne.PHYSIQUE.name());
        return valeurs;
    }

    private static String civilite(String valeur) {
        String lue = majuscules(valeur).replace(".", "");
        return switch (lue) {
            case "M", "MR", "MONSIEUR" -> "M";
            case "MME", "MADAME" -> "MME";
            default -> valeur;
        };
    }

    private static String majuscules(String valeur) {
        return Normalizer.normalize(valeur.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
    }
}
