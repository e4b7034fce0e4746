package fr.etude.dossier.core.echeancier;

import java.util.List;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;

/** Port: the payment plans of each dossier, the current one and those before it. */
public interface Echeanciers {

    /** Stores a new plan or the new state of one (instalments paid, status). */
    void enregistrer(DossierId dossier, Echeancier echeancier, Auteur auteur);

    List<Echeancier> duDossier(DossierId dossier);
}
