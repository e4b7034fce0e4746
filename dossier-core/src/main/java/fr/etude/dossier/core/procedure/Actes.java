package fr.etude.dossier.core.procedure;

import java.time.LocalDate;
import java.util.List;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;

/** Port: the acts of each dossier, and the deadlines still open across the office. */
public interface Actes {

    /** Stores a new act, and marks met the open deadline of the act it follows, if any. */
    void enregistrer(Acte acte, Auteur auteur);

    List<Acte> duDossier(DossierId dossier);

    /**
     * The deadlines to watch, earliest first, for the commissaire's board: acts to do whose day is up to
     * {@code jusquAu} (overdue ones included), and waits that end between today and then.
     */
    List<EcheanceOuverte> aSurveiller(LocalDate aujourdhui, LocalDate jusquAu, int limite);

    /** An open deadline as the board lists it. */
    record EcheanceOuverte(Acte acte, String reference, String debiteur) {
    }
}
