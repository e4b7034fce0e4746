package fr.etude.dossier.core.dossier;

import java.util.Arrays;
import java.util.List;

/**
 * Where a page of a list ended (keyset pagination): the values of the list's sort key on its last
 * line. The next page starts after them, so a page deep in the list costs what the first one does.
 */
public record Curseur(List<String> valeurs) {

    private static final String SEPARATEUR = "~";

    public Curseur {
        valeurs = List.copyOf(valeurs);
        if (valeurs.isEmpty()) {
            throw new IllegalArgumentException("Lien de page invalide : recommencez depuis la première page.");
        }
    }

    public static Curseur de(Object... valeurs) {
        return new Curseur(Arrays.stream(valeurs).map(valeur -> valeur == null ? "" : valeur.toString()).toList());
    }

    /** The form carried in a page link. */
    public String enTexte() {
        return String.join(SEPARATEUR, valeurs);
    }

    public static Curseur depuisTexte(String texte) {
        return new Curseur(List.of(texte.split(SEPARATEUR, -1)));
    }

    public String valeur(int rang) {
        if (rang >= valeurs.size()) {
            throw new IllegalArgumentException("Lien de page invalide : recommencez depuis la première page.");
        }
        return valeurs.get(rang);
    }
}
