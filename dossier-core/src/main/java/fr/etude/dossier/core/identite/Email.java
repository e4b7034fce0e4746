package fr.etude.dossier.core.identite;

import java.util.Locale;
import java.util.regex.Pattern;

public record Email(String valeur) {

    private static final Pattern FORME = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}");

    public Email {
        if (valeur == null || valeur.isBlank()) {
            throw new IllegalArgumentException("L'adresse e-mail est obligatoire.");
        }
        valeur = valeur.strip().toLowerCase(Locale.ROOT);
        if (valeur.length() > 254 || !FORME.matcher(valeur).matches()) {
            throw new IllegalArgumentException("« " + valeur + " » n'est pas une adresse e-mail valide (ex. nom@exemple.fr).");
        }
    }
}
