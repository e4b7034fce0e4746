package fr.etude.dossier.core.decompte;

/** A statement that cannot be drawn up as asked; the message says why, in French, for the user. */
public class DecompteImpossible extends RuntimeException {

    public DecompteImpossible(String message) {
        super(message);
    }
}
