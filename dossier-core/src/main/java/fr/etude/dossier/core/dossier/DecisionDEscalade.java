package fr.etude.dossier.core.dossier;

import java.util.List;


/**
 * The answer of the escalation policies: refused for the reasons listed, or allowed; the risk flags
 * are shown to the commissaire either way.
 */
public record DecisionDEscalade(Etape cible, List<Refus> refus, List<String> avertissements) {

    public DecisionDEscalade {
        refus = List.copyOf(refus);
        avertissements = List.copyOf(avertissements);
    }

    public boolean acceptee() {
        return refus.isEmpty();
    }

    public List<String> motifs() {
        return refus.stream().map(Refus::motif).toList();
    }

    public record Refus(String politique, String motif) {
    }
}
