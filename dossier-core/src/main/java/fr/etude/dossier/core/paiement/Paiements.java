package fr.etude.dossier.core.paiement;

import java.util.List;
import java.util.UUID;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Auteur;

/** Port: the payments of each dossier. Never deleted: a reversal is stored on the payment. */
public interface Paiements {

    /** Stores the payment; the dossier's recovered amount and balance move in the same transaction. */
    void ajouter(DossierId dossier, Paiement paiement, Auteur auteur);

    /** Stores the counter-entry of a payment already recorded, and gives the balance back. */
    void contrepasser(Paiement contrepasse, Auteur auteur);

    List<Paiement> duDossier(DossierId dossier);

    /** The dossier a payment belongs to, for a check that a user may touch it. */
    java.util.Optional<DossierId> dossierDe(UUID paiement);
}
