package fr.etude.dossier.core.dossier;

import java.time.Instant;
import java.util.Objects;

import fr.etude.dossier.core.paiement.Paiement;

/**
 * What happened to a dossier, for whoever reacts to it (the échéancier follow-up to a payment): the
 * dossier registers it in the method that made the change, the repository publishes it once stored.
 */
public sealed interface EvenementDuDossier {

    DossierId dossier();

    Auteur auteur();

    Instant moment();

    /** Money received and recorded on the dossier. */
    record PaiementEncaisse(DossierId dossier, Paiement paiement, Auteur auteur, Instant moment)
            implements EvenementDuDossier {
        public PaiementEncaisse {
            Objects.requireNonNull(paiement);
        }
    }

    /** A payment cancelled by a counter-entry (a bounced cheque). */
    record PaiementContrepasse(DossierId dossier, Paiement paiement, Auteur auteur, Instant moment)
            implements EvenementDuDossier {
        public PaiementContrepasse {
            Objects.requireNonNull(paiement);
        }
    }
}
