package fr.etude.dossier.core.reclamation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * A debtor's complaint: received, acknowledged, analysed, answered by its answer date (the office's
 * setting counted from its receipt). While it is open the dossier is on hold: no reminder, no
 * escalation (the dossier's block, kept by {@code Dossier#recevoirReclamation}).
 */
public final class Reclamation {

    public enum Statut {
        RECUE("reçue"), ACCUSEE("accusée"), ANALYSEE("analysée"), REPONDUE("répondue");

        private final String libelle;

        Statut(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    private final java.util.UUID id;
    private final LocalDate recueLe;
    private final String objet;
    private final LocalDate echeance;
    private Statut statut = Statut.RECUE;
    private Optional<LocalDate> accuseLe = Optional.empty();
    private Optional<String> analyse = Optional.empty();
    private Optional<String> reponse = Optional.empty();
    private Optional<LocalDate> reponduLe = Optional.empty();

    /** Longest text of an objet, an analysis or an answer: beyond it, a document is the place. */
    public static final int TEXTE_MAX = 4000;

    /**
     * A complaint received on that day (not after today), to be answered within that many days.
     */
    public static Reclamation recevoir(LocalDate recueLe, String objet, int joursPourRepondre, LocalDate aujourdhui) {
        Objects.requireNonNull(recueLe, "La date de réception de la réclamation est obligatoire.");
        if (recueLe.isAfter(aujourdhui)) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "La réclamation ne peut avoir été reçue après aujourd'hui ("
                    + FormatFrancais.date(aujourdhui) + ").");
        }
        return new Reclamation(java.util.UUID.randomUUID(), recueLe, objet, recueLe.plusDays(joursPourRepondre));
    }

    private Reclamation(java.util.UUID id, LocalDate recueLe, String objet, LocalDate echeance) {
        this.id = id;
        this.recueLe = Objects.requireNonNull(recueLe, "La date de réception de la réclamation est obligatoire.");
        this.objet = texte(objet, "L'objet de la réclamation est obligatoire.");
        this.echeance = Objects.requireNonNull(echeance, "La date de réponse de la réclamation est obligatoire.");
    }

    /** The complaint as stored. */
    public static Reclamation reconstituer(java.util.UUID id, LocalDate recueLe, String objet, LocalDate echeance, Statut statut,
                                           Optional<LocalDate> accuseLe, Optional<String> analyse,
                                           Optional<String> reponse, Optional<LocalDate> reponduLe) {
        Reclamation reclamation = new Reclamation(id, recueLe, objet, echeance);
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
        analyse = Optional.of(texte(texte, "L'analyse de la réclamation ne peut être vide."));
        statut = Statut.ANALYSEE;
    }

    public void repondre(String texte, LocalDate le) {
        exiger(Statut.ANALYSEE, "y répondre");
        apresReception(le);
        reponse = Optional.of(texte(texte, "La réponse au débiteur ne peut être vide."));
        reponduLe = Optional.of(le);
        statut = Statut.REPONDUE;
    }

    public boolean estOuverte() {
        return statut != Statut.REPONDUE;
    }

    /** Still open after its answer date. */
    public boolean enRetard(LocalDate aujourdhui) {
        return estOuverte() && aujourdhui.isAfter(echeance);
    }

    /** Days since it was received. */
    public long age(LocalDate aujourdhui) {
        return java.time.temporal.ChronoUnit.DAYS.between(recueLe, aujourdhui);
    }

    public LocalDate echeance() {
        return echeance;
    }

    private static String texte(String texte, String siVide) {
        if (texte == null || texte.isBlank()) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.TEXTE, siVide);
        }
        if (texte.strip().length() > TEXTE_MAX) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.TEXTE, "Ce texte dépasse " + TEXTE_MAX + " caractères.");
        }
        return texte.strip();
    }

    private void exiger(Statut attendu, String action) {
        if (statut != attendu) {
            throw new RegleEnfreinte("La réclamation du " + FormatFrancais.date(recueLe) + " est "
                    + statut.libelle() + " : impossible d'" + action + " maintenant.");
        }
    }

    private void apresReception(LocalDate le) {
        if (le.isBefore(recueLe)) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "La date ne peut précéder la réception de la réclamation ("
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
