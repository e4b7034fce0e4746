package fr.etude.dossier.core.contact;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import fr.etude.dossier.core.utilisateur.UtilisateurId;

/**
 * A supervisor's decision to go ahead despite the policy: always with a reason, kept in the audit
 * trail and listed for the commissaire.
 */
public record Derogation(List<DecisionDeContact.Infraction> reglesLevees, String motif, UtilisateurId auteur,
                         Instant moment) {

    public Derogation {
        Objects.requireNonNull(auteur);
        Objects.requireNonNull(moment);
        reglesLevees = List.copyOf(reglesLevees);
        if (motif == null || motif.isBlank()) {
            throw new IllegalArgumentException("Une dérogation doit être motivée : indiquez pourquoi la règle est écartée.");
        }
        if (reglesLevees.isEmpty()) {
            throw new IllegalArgumentException("Ce contact est permis : il n'y a rien à déroger.");
        }
        motif = motif.strip();
    }
}
