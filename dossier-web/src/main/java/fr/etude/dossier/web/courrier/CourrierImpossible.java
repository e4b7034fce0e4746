package fr.etude.dossier.web.courrier;

/** A letter that cannot be written as asked; the French message says what to complete first. */
class CourrierImpossible extends RuntimeException {

    CourrierImpossible(String message) {
        super(message);
    }
}
