package fr.etude.dossier.core.dossier;

/** A change the dossier's current state does not allow; the message names that state. */
public class TransitionRefusee extends RuntimeException {

    public TransitionRefusee(String message) {
        super(message);
    }
}
