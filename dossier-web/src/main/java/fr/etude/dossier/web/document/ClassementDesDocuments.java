package fr.etude.dossier.web.document;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.document.Document;
import fr.etude.dossier.core.document.Documents;
import fr.etude.dossier.core.document.NouveauDocument;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.Phrases;
import fr.etude.dossier.core.dossier.TypeEvenement;
import fr.etude.dossier.web.dossier.DossierIntrouvable;

/** Filing a file in a dossier: the file, its timeline entry and the audit, together. */
@Service
class ClassementDesDocuments {

    private final Documents documents;
    private final Dossiers dossiers;
    private final Clock horloge;

    ClassementDesDocuments(Documents documents, Dossiers dossiers, Clock horloge) {
        this.documents = documents;
        this.dossiers = dossiers;
        this.horloge = horloge;
    }

    @Transactional
    Document deposer(DossierId id, NouveauDocument nouveau, Auteur auteur) {
        Dossier dossier = dossiers.parId(id).orElseThrow(DossierIntrouvable::new);
        Document document = documents.deposer(id, nouveau, auteur);
        dossier.consigner(TypeEvenement.NOTE, Phrases.de(document.visibleDuCreancier() ? "document.deposeVisible"
                : "document.depose", document.nom()), auteur, horloge.instant());
        dossiers.enregistrer(dossier);
        return document;
    }
}
