package fr.etude.dossier.core.portail;

import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * A creditor user's choice of the weekly summary of its dossiers, and where it goes: an account has
 * no address of its own (its login need not be one). The address is kept when the summary is stopped,
 * so that starting it again asks nothing.
 */
public record AvisHebdomadaire(boolean abonne, Optional<Email> courriel) {

    /** Nobody chose yet: no summary. */
    public static final AvisHebdomadaire AUCUN = new AvisHebdomadaire(false, Optional.empty());

    public AvisHebdomadaire {
        Objects.requireNonNull(courriel);
        if (abonne && courriel.isEmpty()) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.EMAIL,
                    "Indiquez l'adresse à laquelle envoyer le résumé de la semaine.");
        }
    }

    /**
     * The choice as typed: an address that is not one is refused under it, even when the summary is
     * stopped, rather than kept silently.
     */
    public static AvisHebdomadaire choisir(boolean abonne, String adresse) {
        String saisie = adresse == null ? "" : adresse.strip();
        Optional<Email> courriel;
        try {
            courriel = saisie.isEmpty() ? Optional.empty() : Optional.of(new Email(saisie));
        } catch (IllegalArgumentException invalide) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.EMAIL, invalide.getMessage());
        }
        return new AvisHebdomadaire(abonne, courriel);
    }
}
