package fr.etude.dossier.core.portail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** Port: the creditor users' choice of the weekly summary, and the summaries made. */
public interface ResumesHebdomadaires {

    /** The user's choice; {@link AvisHebdomadaire#AUCUN} until he makes one. */
    AvisHebdomadaire avis(UtilisateurId utilisateur);

    /** The user's own choice, with the audit of who and when. */
    void choisir(UtilisateurId utilisateur, AvisHebdomadaire avis, Auteur auteur);

    /** An active creditor user who asked for the summary, and his créancier. */
    record Abonne(UtilisateurId utilisateur, String nom, CreancierId creancier, Email courriel) {
    }

    List<Abonne> abonnes();

    /** Where the user's last summary ended, if one was made. */
    Optional<Instant> finDuDernier(UtilisateurId utilisateur);

    /**
     * Takes the user's week ({@code semaine}, its Monday) for this summary, in the caller's transaction.
     *
     * @param envoi the message queued in the same transaction, or empty when there is nothing to tell
     * @return false when that week's summary was already made, by this run, another or another instance:
     *         then nothing is to be queued
     */
    boolean reserver(UtilisateurId utilisateur, LocalDate semaine, ResumeDeLaSemaine.Periode periode, Optional<UUID> envoi);
}
