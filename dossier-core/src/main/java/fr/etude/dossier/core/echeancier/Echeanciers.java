package fr.etude.dossier.core.echeancier;

import java.util.List;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;

/** Port: the payment plans of each dossier, the current one and those before it. */
public interface Echeanciers {

    /** Stores a new plan or the new state of one (instalments paid, status). */
    void enregistrer(DossierId dossier, Echeancier echeancier, Auteur auteur);

    List<Echeancier> duDossier(DossierId dossier);

    /**
     * Dossiers whose running plan has an instalment still unpaid that fell due before {@code avant}
     * (today less the grace days), at most {@code limite}, to check them.
     */
    List<DossierId> aVerifier(java.time.LocalDate avant, int limite);
}
