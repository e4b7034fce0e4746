package fr.etude.dossier.core.escalade;

import java.util.Optional;

import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.Etape;

/** One named rule that may refuse moving a dossier to a stage, saying why in French. */
public interface PolitiqueDEscalade {

    String nom();

    Optional<String> refus(Dossier dossier, Etape cible, ContexteDEscalade contexte);
}
