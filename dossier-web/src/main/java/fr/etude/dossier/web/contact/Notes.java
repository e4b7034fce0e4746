package fr.etude.dossier.web.contact;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.TypeEvenement;

/** An internal note in the timeline: for the office only, never shown to the creditor. */
@Service
class Notes {

    static final int LONGUEUR_MAX = 4000;

    private final Dossiers dossiers;
    private final Clock horloge;

    Notes(Dossiers dossiers, Clock horloge) {
        this.dossiers = dossiers;
        this.horloge = horloge;
    }

    @Transactional
    void ajouter(DossierId id, long versionLue, String texte, Auteur auteur) {
        String note = texte == null ? "" : texte.strip();
        if (note.isEmpty()) {
            throw new IllegalArgumentException("La note est vide : écrivez-la avant de l'ajouter.");
        }
        if (note.length() > LONGUEUR_MAX) {
            throw new IllegalArgumentException("La note dépasse " + LONGUEUR_MAX + " caractères (" + note.length()
                    + ") : raccourcissez-la ou déposez un document.");
        }
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        dossier.consigner(TypeEvenement.NOTE, note, auteur, horloge.instant());
        dossiers.enregistrer(dossier);
    }
}
