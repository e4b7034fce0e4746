package fr.etude.dossier.core.reclamation;

import java.util.List;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;

/** Port: the complaints of each dossier. */
public interface Reclamations {

    void enregistrer(DossierId dossier, Reclamation reclamation, Auteur auteur);

    List<Reclamation> duDossier(DossierId dossier);
}
