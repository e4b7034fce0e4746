package fr.etude.dossier.core.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;

/** Port: the files of each dossier. A file is read through its dossier, never by its id alone. */
public interface Documents {

    Document deposer(DossierId dossier, NouveauDocument document, Auteur auteur);

    /** The dossier's files, the latest first. */
    List<Document> duDossier(DossierId dossier);

    /** The file and its bytes, if it belongs to that dossier. */
    Optional<Contenu> contenu(DossierId dossier, UUID document);

    record Contenu(Document document, byte[] octets) {
    }
}
