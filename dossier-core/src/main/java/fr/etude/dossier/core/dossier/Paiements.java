package fr.etude.dossier.core.dossier;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.etude.dossier.core.paiement.Paiement;

/**
 * Port: reading the payments of each dossier. They are written with the dossier that received
 * them ({@link Dossier#encaisser}), never on their own.
 */
public interface Paiements {

    /** The dossier's payments, oldest first, reversed ones included. */
    List<Paiement> duDossier(DossierId dossier);

    /** The dossier a payment belongs to, for a check that a user may touch it. */
    Optional<DossierId> dossierDe(UUID paiement);
}
