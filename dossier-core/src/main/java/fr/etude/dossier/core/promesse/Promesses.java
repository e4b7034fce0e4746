package fr.etude.dossier.core.promesse;

import java.util.List;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;

/** Port: the payment promises of each dossier, with their state (kept, broken, waiting). */
public interface Promesses {

    void ajouter(DossierId dossier, PromesseDePaiement promesse, Auteur auteur);

    void noterEtat(PromesseDePaiement promesse, PromesseDePaiement.Etat etat, Auteur auteur);

    List<PromesseSuivie> duDossier(DossierId dossier);

    record PromesseSuivie(PromesseDePaiement promesse, PromesseDePaiement.Etat etat) {
    }
}
