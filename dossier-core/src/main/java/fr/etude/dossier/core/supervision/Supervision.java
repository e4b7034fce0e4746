package fr.etude.dossier.core.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import fr.etude.dossier.core.dossier.DossierId;

/** Port: what the commissaire supervises, read over a period (from {@code du} to {@code au}, both included). */
public interface Supervision {

    /** Every contact made despite the contact policy, with its reason, who and when, latest first. */
    List<Derogation> derogations(LocalDate du, LocalDate au, int limite);

    /** Each author's activity per week (weeks starting on Monday), by author then week. */
    List<Activite> activite(LocalDate du, LocalDate au);

    record Derogation(LocalDateTime moment, String auteur, DossierId dossier, String reference, String canal, String motif) {
    }

    /**
     * @param promessesTenues of the promises obtained that week, those kept since
     * @param escalades       requests to move a dossier to its next stage
     */
    record Activite(String auteur, LocalDate semaine, int contacts, int promesses, int promessesTenues, int paiements,
                    int escalades) {
    }
}
