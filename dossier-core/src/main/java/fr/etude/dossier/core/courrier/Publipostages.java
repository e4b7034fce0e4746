package fr.etude.dossier.core.courrier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.ProchaineAction;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/**
 * Port: batch mailings, stored as jobs with one line per dossier, so that a batch interrupted by a
 * stop resumes where it was and no letter is produced twice: a line is marked done in the same
 * transaction as its letter.
 */
public interface Publipostages {

    /** How a batch stands: lines done, failed, still to do. */
    record Avancement(int total, int produits, int echecs) {
        public int restants() {
            return total - produits - echecs;
        }

        public boolean termine() {
            return restants() == 0;
        }
    }

    /** A batch as its page shows it. */
    record Publipostage(UUID id, ModeleDeCourrier modele, String auteur, UtilisateurId auteurId, Instant creeLe,
                        String critere, Avancement avancement) {
    }

    /** One dossier of a batch; {@code erreur} says why its letter was not produced. */
    record Ligne(UUID publipostage, DossierId dossier, String reference, Optional<UUID> courrier, Optional<String> erreur) {
    }

    /** The dossiers of a clerk whose next action is {@code action} due by {@code au}, open ones only. */
    List<DossierId> selection(UtilisateurId clerc, ProchaineAction.Type action, LocalDate au, int limite);

    UUID creer(ModeleDeCourrier modele, String critere, List<DossierId> dossiers, UtilisateurId auteurId, String auteur,
               Instant creeLe);

    Optional<Publipostage> parId(UUID id);

    /** The batches a user launched, the latest first. */
    List<Publipostage> de(UtilisateurId auteur, int limite);

    /**
     * The next line to do of any batch, locked until the end of the transaction (another instance
     * takes another one).
     */
    Optional<Ligne> prochaineATraiter();

    void produite(Ligne ligne, UUID courrier);

    void echouee(Ligne ligne, String erreur);

    /** The lines done (with their letter) and failed, in the batch's order. */
    List<Ligne> lignes(UUID publipostage);
}
