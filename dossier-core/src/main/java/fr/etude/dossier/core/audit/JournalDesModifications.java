package fr.etude.dossier.core.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.utilisateur.UtilisateurId;

/**
 * Port: the journal of every change made in the office (who, when, what, before and after), as the
 * administrator and the commissaire read it, most recent first, a page at a time.
 */
public interface JournalDesModifications {

    /** What the journal records changes of (dossier, utilisateur, taux…), in alphabetical order. */
    List<String> entites();

    /** The changes that match, most recent first, older than {@code avant} when given. */
    Page lire(Filtre filtre, Optional<Long> avant, int taille);

    /**
     * @param entite  what was changed, or any
     * @param auteur  who changed it, or anyone
     * @param du      from that day (Europe/Paris), inclusive
     * @param au      to that day, inclusive
     */
    record Filtre(Optional<String> entite, Optional<UtilisateurId> auteur, Optional<LocalDate> du, Optional<LocalDate> au) {

        public Filtre {
            Objects.requireNonNull(entite);
            Objects.requireNonNull(auteur);
            Objects.requireNonNull(du);
            Objects.requireNonNull(au);
        }
    }

    /**
     * One change: {@code designation} names what was changed as people know it (a dossier's
     * reference, a login), when the journal says; {@code changements} lists what differs between
     * before and after, field by field.
     */
    record Modification(long id, Instant moment, String auteur, String entite, String entiteId,
                        Optional<String> designation, String action, List<Changement> changements) {
    }

    /** A field before and after, as the journal wrote them (JSON values); empty when absent on that side. */
    record Changement(String champ, Optional<String> avant, Optional<String> apres) {
    }

    /** @param suivante the id to read on from, when there are older changes */
    record Page(List<Modification> modifications, Optional<Long> suivante) {
    }
}
