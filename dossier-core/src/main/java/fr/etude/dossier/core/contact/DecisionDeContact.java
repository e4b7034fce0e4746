package fr.etude.dossier.core.contact;

import java.util.List;

/** The policy's answer: allowed, or refused with every rule it breaks, explained. */
public record DecisionDeContact(List<Infraction> infractions) {

    public DecisionDeContact {
        infractions = List.copyOf(infractions);
    }

    public boolean autorise() {
        return infractions.isEmpty();
    }

    public record Infraction(RegleDeContact regle, String explication) {
    }
}
