package fr.etude.dossier.core.transmission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.Auteur;

/**
 * Port: the CSV files of dossiers a créancier uploads, kept with what became of them. A worker takes
 * one up, checks every line, then opens the dossiers in one transaction that also writes the
 * outcome: a file is imported whole (as the créancier chose) or not at all, even if the worker dies.
 */
public interface Imports {

    /** What the créancier chose for a file with refused lines. */
    enum Mode { LIGNES_VALIDES, TOUT_OU_RIEN }

    enum Etat {
        EN_ATTENTE, EN_COURS, TERMINE, REFUSE, ECHOUE;

        public boolean fini() {
            return this == TERMINE || this == REFUSE || this == ECHOUE;
        }
    }

    enum Phase { VERIFICATION, ENREGISTREMENT }

    record Depot(CreancierId creancier, Auteur auteur, Instant le, String nomFichier, byte[] contenu, Mode mode) {
    }

    /** An import as the créancier follows it. */
    record Suivi(UUID id, String nomFichier, Instant deposeLe, String deposePar, Mode mode, Etat etat,
                 Optional<Phase> phase, int faites, int aFaire, Optional<String> encodage, int lignes, int crees,
                 int dejaTransmis, int refusees, Optional<String> echec, Optional<Instant> termineLe) {
    }

    /** A refused line: its number in the file (the header is line 1), its column if known, why. */
    record Anomalie(int ligne, Optional<String> colonne, String message) {
    }

    /** A file to process, as the worker takes it. */
    record AFaire(UUID id, CreancierId creancier, Auteur auteur, byte[] contenu, Mode mode) {
    }

    /** The outcome of a file. */
    record Bilan(Etat etat, String encodage, int lignes, int crees, int dejaTransmis, int refusees) {
    }

    UUID deposer(Depot depot);

    /** The créancier's import, if it is his. */
    Optional<Suivi> duCreancier(CreancierId creancier, UUID id);

    /** The créancier's latest imports, the latest first. */
    List<Suivi> recents(CreancierId creancier, int limite);

    /** The refused lines of an import, in file order, at most {@code limite}. */
    List<Anomalie> anomalies(UUID id, int limite);

    /**
     * Takes the oldest waiting file, or one whose worker gave no sign of life since {@code perimeAvant}
     * (it died, and its transaction with it), and marks it as running: in a transaction of its own.
     */
    Optional<AFaire> prendre(Instant maintenant, Instant perimeAvant);

    /** Shows how far the worker is, and that it lives: in a transaction of its own, seen at once. */
    void avancer(UUID id, Phase phase, int faites, int aFaire, Instant maintenant);

    /** Writes the outcome and the refused lines, in the transaction that opened the dossiers. */
    void conclure(UUID id, Bilan bilan, List<Anomalie> anomalies, Instant maintenant);

    /** The file could not be processed: nothing of it was opened. In a transaction of its own. */
    void echouer(UUID id, String message, Instant maintenant);
}
