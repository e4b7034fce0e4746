package fr.etude.dossier.core.paiement;

import java.util.List;
import java.util.UUID;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** Port: the payments of each dossier. Never deleted: a reversal is stored on the payment. */
public interface Paiements {

    void ajouter(DossierId dossier, Paiement paiement, UtilisateurId enregistrePar);

    /** Stores the counter-entry of a payment already recorded. */
    void contrepasser(Paiement contrepasse);

    List<Paiement> duDossier(DossierId dossier);

    /** The dossier a payment belongs to, for a check that a user may touch it. */
    java.util.Optional<DossierId> dossierDe(UUID paiement);
}
