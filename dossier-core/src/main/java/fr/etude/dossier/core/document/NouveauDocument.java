package fr.etude.dossier.core.document;

import java.util.Objects;

/**
 * A file about to be filed, checked: a name, a content of an accepted kind and within the size
 * limit. {@code tailleMax} comes from the office's configuration.
 */
public record NouveauDocument(String nom, TypeDeDocument type, byte[] contenu, boolean visibleDuCreancier) {

    public NouveauDocument {
        Objects.requireNonNull(type);
        Objects.requireNonNull(contenu);
    }

    public static NouveauDocument verifier(String nom, byte[] contenu, long tailleMax, boolean visibleDuCreancier) {
        String nomPropre = nom == null ? "" : nom.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (contenu == null || contenu.length == 0) {
            throw new IllegalArgumentException("Choisissez un fichier à déposer.");
        }
        if (contenu.length > tailleMax) {
            throw new IllegalArgumentException("« " + nomPropre + " » dépasse la taille permise ("
                    + tailleMax / (1024 * 1024) + " Mo).");
        }
        String nomLu = nomPropre;
        TypeDeDocument type = TypeDeDocument.reconnaitre(contenu).orElseThrow(() -> new IllegalArgumentException(
                "« " + nomLu + " » n'est ni un PDF, ni une image JPEG ou PNG : seuls ces fichiers sont acceptés."));
        if (nomPropre.isEmpty()) {
            nomPropre = "document." + type.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (nomPropre.length() > 200) {
            nomPropre = nomPropre.substring(nomPropre.length() - 200);
        }
        return new NouveauDocument(nomPropre, type, contenu, visibleDuCreancier);
    }
}
