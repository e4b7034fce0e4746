package fr.etude.dossier.core.reclamation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.argent.FormatFrancais;

/**
 * A debtor's complaint: received, acknowledged, analysed, answered. While it is open the dossier
 * is on hold: no reminder, no escalation.
 */
public final class Reclamation {

    public enum Statut { RECUE, ACCUSEE, ANALYSEE, REPONDUE }

    private final java.util.UUID id;
    private final LocalDate recueLe;
    private final String objet;
    private Statut statut = Statut.RECUE;
    private Optional<LocalDate> accuseLe = Optional.empty();
    private Optional<String> analyse = Optional.empty();
    private Optional<String> reponse = Optional.empty();
    private Optional<LocalDate> reponduLe = Optional.empty();

    public Reclamation(LocalDate recueLe, String objet) {
        this(java.util.UUID.randomUUID(), recueLe, objet);
    }

    private Reclamation(java.util.UUID id, LocalDate recueLe, String objet) {
        this.id = id;
        this.recueLe = Objects.requireNonNull(recueLe, "La date de réception de la réclamation est obligatoire.");
        if (objet == null || objet.isBlank()) {
            throw new IllegalArgumentException("L'objet de la réclamation est obligatoire.");
        }
        this.objet = objet.strip();
    }

    /** The complaint as stored. */
    public static Reclamation reconstituer(java.util.UUID id, LocalDate recueLe, String objet, Statut statut,
                                           Optional<LocalDate> accuseLe, Optional<String> analyse,
                                           Optional<String> reponse, Optional<LocalDate> reponduLe) {
        Reclamation reclamation = new Reclamation(id, recueLe, objet);
        reclamation.statut = statut;
        reclamation.accuseLe = accuseLe;
        reclamation.analyse = analyse;
        reclamation.reponse = reponse;
        reclamation.reponduLe = reponduLe;
        return reclamation;
    }

    public java.util.UUID id() {
        return id;
    }

    public void accuserReception(LocalDate le) {
        exiger(Statut.RECUE, "en accuser réception");
        apresReception(le);
        accuseLe = Optional.of(le);
        statut = Statut.ACCUSEE;
    }

    public void analyser(String texte) {
        exiger(Statut.ACCUSEE, "l'analyser");
        if (texte == null || texte.isBlank()) {
            throw new IllegalArgumentException("L'analyse de la réclamation ne peut être vide.");
        }
        analyse = Optional.of(texte.strip());
        statut = Statut.ANALYSEE;
    }

    public void repondre(String texte, LocalDate le) {
        exiger(Statut.ANALYSEE, "y répondre");
        apresReception(le);
        if (texte == null || texte.isBlank()) {
            throw new IllegalArgumentException("La réponse au débiteur ne peut être vide.");
        }
        reponse = Optional.of(texte.strip());
        reponduLe = Optional.of(le);
        statut = Statut.REPONDUE;
    }

    public boolean estOuverte() {
        return statut != Statut.REPONDUE;
    }

    private void exiger(Statut attendu, String action) {
        if (statut != attendu) {
            throw new IllegalStateException("La réclamation est au statut " + statut.name().toLowerCase()
                    + " : impossible d'" + action + " maintenant.");
        }
    }

    private void apresReception(LocalDate le) {
        if (le.isBefore(recueLe)) {
            throw new IllegalArgumentException("La date ne peut précéder la réception de la réclamation ("
                    + FormatFrancais.date(recueLe) + ").");
        }
    }

    public LocalDate recueLe() {
        return recueLe;
    }

    public String objet() {
        return objet;
    }

    public Statut statut() {
        return statut;
    }

    public Optional<LocalDate> accuseLe() {
        return accuseLe;
    }

    public Optional<String> analyse() {
        return analyse;
    }

    public Optional<String> reponse() {
        return reponse;
    }

    public Optional<LocalDate> reponduLe() {
        return reponduLe;
    }
}
