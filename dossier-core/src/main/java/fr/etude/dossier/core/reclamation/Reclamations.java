package fr.etude.dossier.core.reclamation;

import java.util.List;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;

/** Port: the complaints of each dossier. */
public interface Reclamations {

    void enregistrer(DossierId dossier, Reclamation reclamation, Auteur auteur);

    List<Reclamation> duDossier(DossierId dossier);

    /** The open complaints of every dossier, oldest first, for the commissaire. */
    List<Ouverte> ouvertes(int limite);

    /** An open complaint as the commissaire's board lists it. */
    record Ouverte(java.util.UUID id, DossierId dossier, String reference, String debiteur, java.time.LocalDate recueLe,
                   java.time.LocalDate echeance, Reclamation.Statut statut, String objet) {
    }
}
