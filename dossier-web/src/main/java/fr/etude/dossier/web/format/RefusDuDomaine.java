package fr.etude.dossier.web.format;

import java.util.Map;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * A refusal of the domain, shown on the form that asked: under the field it is about when there is
 * one, else above the form. Its French message comes from the core as it is.
 */
public final class RefusDuDomaine {

    private static final String CODE = "refus.domaine";
    private static final String CODE_DU_CHAMP = "refus.champ";

    private RefusDuDomaine() {
    }

    /** {@code champs}: the form's field for each datum a refusal may be about. */
    public static void rejeter(BindingResult resultat, RuntimeException refus,
                               Map<RegleEnfreinte.Sujet, String> champs) {
        String champ = refus instanceof RegleEnfreinte transition
                ? transition.sujet().map(champs::get).orElse(null) : null;
        if (champ == null) {
            rejeter(resultat, refus.getMessage());
        } else {
            rejeterLeChamp(resultat, champ, refus.getMessage());
        }
    }

    /** A refusal of the whole form. */
    public static void rejeter(BindingResult resultat, String message) {
        resultat.reject(CODE, new Object[]{message}, message);
    }

    /**
     * Someone else saved the dossier since the form was read: nothing was saved, the form stays as
     * typed so that it can be checked against the other change once reloaded.
     */
    public static void conflit(BindingResult resultat, String referenceDuDossier) {
        conflit(resultat, "conflit.dossier", referenceDuDossier);
    }

    /** The same for something else than a dossier: {@code cle} names it with {@code quoi}. */
    public static void conflit(BindingResult resultat, String cle, String quoi) {
        resultat.reject(cle, new Object[]{quoi}, "conflit");
    }

    /** A field the form needs in this case (a choice made elsewhere in the form asks for it). */
    public static void obligatoire(BindingResult resultat, String champ) {
        resultat.rejectValue(champ, "NotNull", new Object[]{libelle(resultat, champ)}, champ);
    }

    /**
     * Reads one value through the core (a value object checking itself): the value, or the core's
     * refusal under the field, once (a field already in error is not read again).
     */
    public static <T> java.util.Optional<T> lire(BindingResult resultat, String champ, java.util.function.Supplier<T> lecture) {
        if (resultat.hasFieldErrors(champ)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(lecture.get());
        } catch (IllegalArgumentException refus) {
            rejeterLeChamp(resultat, champ, refus.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** A refusal of one field, after the field's label: "Adresse : le code postal « 6900 »…". */
    public static void rejeterLeChamp(BindingResult resultat, String champ, String message) {
        resultat.rejectValue(champ, CODE_DU_CHAMP, new Object[]{libelle(resultat, champ), enMinuscule(message)}, message);
    }

    private static DefaultMessageSourceResolvable libelle(BindingResult resultat, String champ) {
        return new DefaultMessageSourceResolvable(new String[]{resultat.getObjectName() + "." + champ, champ}, champ);
    }

    /** "Le code postal…" becomes "le code postal…" after a label; "SIREN…" stays as it is. */
    private static String enMinuscule(String message) {
        boolean phrase = message.length() > 1 && Character.isUpperCase(message.charAt(0))
                && !Character.isUpperCase(message.charAt(1));
        return phrase ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message;
    }
}
