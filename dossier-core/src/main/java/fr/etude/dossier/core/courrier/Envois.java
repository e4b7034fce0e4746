package fr.etude.dossier.core.courrier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.etude.dossier.core.dossier.DossierId;

/** Port: the e-mails of letters, queued where every instance sees them. */
public interface Envois {

    void mettreEnFile(Envoi envoi);

    /**
     * The messages due by {@code maintenant}, locked for this transaction: two instances never send
     * the same one; the others skip it.
     */
    List<Envoi> aEnvoyer(Instant maintenant, int limite);

    /** Stores what an attempt made of it. */
    void enregistrer(Envoi envoi);

    /** The latest messages of every dossier, for the outbox, the most recent first. */
    List<Envoi> recents(int limite);

    /** The message of each letter of the dossier that was sent by e-mail. */
    List<Envoi> duDossier(DossierId dossier);

    Optional<Envoi> parId(UUID id);
}
