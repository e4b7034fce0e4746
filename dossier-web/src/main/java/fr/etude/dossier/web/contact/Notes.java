package fr.etude.dossier.web.contact;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;

/** An internal note in the timeline: for the office only, never shown to the creditor. */
@Service
class Notes {

    private final Dossiers dossiers;
    private final Clock horloge;

    Notes(Dossiers dossiers, Clock horloge) {
        this.dossiers = dossiers;
        this.horloge = horloge;
    }

    @Transactional
    void ajouter(DossierId id, long versionLue, String texte, Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        dossier.annoter(texte, auteur, horloge.instant());
        dossiers.enregistrer(dossier);
    }
}
