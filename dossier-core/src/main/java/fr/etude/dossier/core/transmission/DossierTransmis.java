package fr.etude.dossier.core.transmission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.debiteur.Debiteur;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.ProchaineAction;
import fr.etude.dossier.core.dossier.ReferenceDossier;

/**
 * A dossier as its créancier sends it to the office: the créancier's own reference for it (which
 * makes sending it again harmless), the débiteur and the créances.
 */
public record DossierTransmis(String referenceCreancier, Debiteur debiteur, List<Creance> creances) {

    public static final int REFERENCE_MAX = 60;
    public static final int CREANCES_MAX = 20;

    public DossierTransmis {
        referenceCreancier = referenceCreancier == null ? "" : referenceCreancier.strip();
        if (referenceCreancier.isEmpty()) {
            throw new IllegalArgumentException("Votre référence du dossier est obligatoire : elle évite de le transmettre deux fois.");
        }
        if (referenceCreancier.length() > REFERENCE_MAX) {
            throw new IllegalArgumentException("La référence a " + referenceCreancier.length() + " caractères : "
                    + REFERENCE_MAX + " au plus.");
        }
        if (referenceCreancier.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("La référence contient un caractère de contrôle (tabulation, retour à la ligne).");
        }
        Objects.requireNonNull(debiteur, "Le débiteur est obligatoire.");
        if (creances == null || creances.isEmpty()) {
            throw new IllegalArgumentException("Un dossier porte sur au moins une créance.");
        }
        if (creances.size() > CREANCES_MAX) {
            throw new IllegalArgumentException("Un dossier porte sur " + CREANCES_MAX + " créances au plus.");
        }
        creances = List.copyOf(creances);
    }

    /**
     * Opens it for the créancier: amiable, given to the clerk the rule chose, and in his day today so
     * that he reviews it before the first contact.
     */
    public Ouverture ouvrir(DossierId id, ReferenceDossier reference, CreancierId creancier, Optional<Attribution.Clerc> clerc,
                            LocalDate aujourdhui, Auteur auteur, Instant moment) {
        Dossier dossier = Dossier.ouvrir(id, reference, creancier, List.of(debiteur.id()), creances, auteur, moment);
        clerc.ifPresent(choisi -> dossier.attribuer(choisi.id(), choisi.nom(), auteur, moment));
        dossier.planifier(new ProchaineAction(aujourdhui, ProchaineAction.Type.REVUE), auteur, moment);
        return new Ouverture(dossier, debiteur, referenceCreancier);
    }

    /** A dossier just opened from what the créancier sent, ready to be stored with its débiteur. */
    public record Ouverture(Dossier dossier, Debiteur debiteur, String referenceCreancier) {
    }
}
