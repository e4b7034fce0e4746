package fr.etude.dossier.core.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.etude.dossier.core.debiteur.Debiteur;
import fr.etude.dossier.core.debiteur.DebiteurId;

/** Port: the débiteurs of a dossier, their corrections, and the dated history of their contact details. */
public interface Debiteurs {

    /** A débiteur as stored, with his rank in the dossier (1: main, then co-débiteurs) and his version. */
    record DebiteurEnregistre(Debiteur debiteur, int rang, long version) {
    }

    /** A phone, e-mail or address, and the days it was the current one. */
    record CoordonneeDatee(Nature nature, String valeur, LocalDate depuis, Optional<LocalDate> jusqua) {
        public enum Nature { ADRESSE, TELEPHONE, EMAIL }
    }

    List<DebiteurEnregistre> duDossier(DossierId dossier);

    /**
     * Replaces the débiteur's details if nobody saved him since {@code versionLue} (else
     * {@link fr.etude.dossier.core.dossier.ModificationConcurrente}); a changed phone, e-mail or address
     * ends the old one on {@code le} and starts the new one, so that none is lost.
     */
    void modifier(Debiteur debiteur, long versionLue, LocalDate le, Auteur auteur);

    /** The contact details he had and has, the current ones first. */
    List<CoordonneeDatee> historique(DebiteurId debiteur);
}
