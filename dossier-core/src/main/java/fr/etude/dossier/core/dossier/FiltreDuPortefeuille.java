package fr.etude.dossier.core.dossier;

import java.util.Objects;
import java.util.Optional;

/** What a créancier narrows its portfolio to (a stage, a status) and how it orders it. */
public record FiltreDuPortefeuille(Optional<Etape> etape, Optional<StatutDossier> statut, Tri tri) {

    /** The orders a portfolio is read in, each with its own page links (keyset). */
    public enum Tri {
        /** The latest dossiers first (by the office's reference, which follows the opening). */
        RECENTS,
        /** The oldest first. */
        ANCIENS,
        /** The largest balance still owed first. */
        SOLDE
    }

    public static final FiltreDuPortefeuille TOUT = new FiltreDuPortefeuille(Optional.empty(), Optional.empty(), Tri.RECENTS);

    public FiltreDuPortefeuille {
        Objects.requireNonNull(etape);
        Objects.requireNonNull(statut);
        Objects.requireNonNull(tri);
    }
}
