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

    /** Open deadlines up to that day (those past included), earliest first, for the commissaire's board. */
    List<EcheanceOuverte> ouvertesJusquAu(LocalDate jour, int limite);

    /** An open deadline as the board lists it. */
    record EcheanceOuverte(Acte acte, String reference, String debiteur) {
    }
}
