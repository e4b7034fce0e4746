package fr.etude.dossier.core.dossier;

import java.util.Optional;


/** One named rule that may refuse moving a dossier to a stage, saying why in French. */
public interface PolitiqueDEscalade {

    String nom();

    Optional<String> refus(Dossier dossier, Etape cible, ContexteDEscalade contexte);
}
