package fr.etude.dossier.core.courrier;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.identite.Email;

/**
 * A letter to send by e-mail, queued in the database with it so that none is lost: tried again
 * after a failure, later each time, until it goes or the attempts run out; then it shows as failed
 * on the dossier and in the outbox, for someone to act. The same queue carries the few messages that
 * are not a dossier's letter (the créancier's weekly summary): written whole when queued.
 */
public final class Envoi {

    /** What a message carries. */
    public sealed interface Contenu permits Lettre, Texte {
    }

    /** A letter of a dossier: its PDF attached, the dossier's own. */
    public record Lettre(UUID courrier, DossierId dossier) implements Contenu {
        public Lettre {
            Objects.requireNonNull(courrier);
            Objects.requireNonNull(dossier);
        }
    }

    /** A message written when it was queued, of no dossier: its plain text, and its HTML when it has one. */
    public record Texte(String texte, Optional<String> html) implements Contenu {
        public Texte {
            if (texte == null || texte.isBlank()) {
                throw new IllegalArgumentException("Un message sans texte ne s'envoie pas.");
            }
            Objects.requireNonNull(html);
        }
    }

    /** Where a message stands. */
    public enum Statut {
        /** Waiting for its first or next attempt. */
        A_ENVOYER,
        /** Accepted by the mail server. */
        ENVOYE,
        /** Kept in the outbox: the office has no mail server configured. */
        EN_BOITE,
        /** Every attempt failed: someone must send it another way. */
        ECHOUE
    }

    /** Attempts before giving up: about two days with the delays below. */
    public static final int TENTATIVES_MAX = 10;
    private static final Duration PREMIER_DELAI = Duration.ofMinutes(1);
    private static final Duration DELAI_MAX = Duration.ofHours(6);

    private final UUID id;
    private final Contenu contenu;
    private final Email destinataire;
    private final String objet;
    private Statut statut;
    private int tentatives;
    private Instant prochainEssai;
    private Optional<String> derniereErreur;
    private Optional<Instant> envoyeLe;

    private Envoi(UUID id, Contenu contenu, Email destinataire, String objet, Statut statut, int tentatives,
                  Instant prochainEssai, Optional<String> derniereErreur, Optional<Instant> envoyeLe) {
        this.id = Objects.requireNonNull(id);
        this.contenu = Objects.requireNonNull(contenu);
        this.destinataire = Objects.requireNonNull(destinataire);
        this.objet = Objects.requireNonNull(objet);
        this.statut = Objects.requireNonNull(statut);
        this.tentatives = tentatives;
        this.prochainEssai = Objects.requireNonNull(prochainEssai);
        this.derniereErreur = Objects.requireNonNull(derniereErreur);
        this.envoyeLe = Objects.requireNonNull(envoyeLe);
    }

    public static Envoi aEnvoyer(UUID courrier, DossierId dossier, Email destinataire, String objet, Instant maintenant) {
        return aEnvoyer(new Lettre(courrier, dossier), destinataire, objet, maintenant);
    }

    public static Envoi aEnvoyer(Contenu contenu, Email destinataire, String objet, Instant maintenant) {
        return new Envoi(UUID.randomUUID(), contenu, destinataire, objet, Statut.A_ENVOYER, 0, maintenant,
                Optional.empty(), Optional.empty());
    }

    public static Envoi reconstituer(UUID id, Contenu contenu, Email destinataire, String objet,
                                     Statut statut, int tentatives, Instant prochainEssai, Optional<String> derniereErreur,
                                     Optional<Instant> envoyeLe) {
        return new Envoi(id, contenu, destinataire, objet, statut, tentatives, prochainEssai, derniereErreur,
                envoyeLe);
    }

    public void envoye(Instant le) {
        exigerAEnvoyer();
        tentatives++;
        statut = Statut.ENVOYE;
        envoyeLe = Optional.of(le);
        derniereErreur = Optional.empty();
    }

    /** No mail server: the message waits in the outbox, where the administrator reads it. */
    public void misEnBoite() {
        exigerAEnvoyer();
        statut = Statut.EN_BOITE;
    }

    /** The server refused or could not be reached: tried again later, 1, 2, 4… minutes, at most 6 hours apart. */
    public void echec(String erreur, Instant maintenant) {
        exigerAEnvoyer();
        tentatives++;
        derniereErreur = Optional.of(erreur.length() <= 500 ? erreur : erreur.substring(0, 500));
        if (tentatives >= TENTATIVES_MAX) {
            statut = Statut.ECHOUE;
            return;
        }
        Duration delai = PREMIER_DELAI.multipliedBy(1L << Math.min(tentatives - 1, 20));
        prochainEssai = maintenant.plus(delai.compareTo(DELAI_MAX) > 0 ? DELAI_MAX : delai);
    }

    private void exigerAEnvoyer() {
        if (statut != Statut.A_ENVOYER) {
            throw new IllegalStateException("Ce message n'est plus à envoyer : " + statut);
        }
    }

    public UUID id() { return id; }
    public Contenu contenu() { return contenu; }
    /** The letter it carries, if it carries one. */
    public Optional<Lettre> lettre() { return contenu instanceof Lettre lettre ? Optional.of(lettre) : Optional.empty(); }
    /** The text written for it, if it is not a letter. */
    public Optional<Texte> texte() { return contenu instanceof Texte texte ? Optional.of(texte) : Optional.empty(); }
    public Email destinataire() { return destinataire; }
    public String objet() { return objet; }
    public Statut statut() { return statut; }
    public int tentatives() { return tentatives; }
    public Instant prochainEssai() { return prochainEssai; }
    public Optional<String> derniereErreur() { return derniereErreur; }
    public Optional<Instant> envoyeLe() { return envoyeLe; }
}
