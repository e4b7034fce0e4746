package fr.etude.dossier.web.portefeuille;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.decompte.Decompte;
import fr.etude.dossier.core.document.Document;
import fr.etude.dossier.core.document.Documents;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.TypeEvenement;
import fr.etude.dossier.web.dossier.ConsultationDeDossier;

/**
 * A créancier's own dossier, and nothing of another's: each read starts from the dossier's créancier,
 * and a dossier or a file that is not the créancier's is answered as if it did not exist.
 */
@Service
class DossiersDuCreancier {

    private static final int ENTREES_MAX = 500;

    private final Dossiers dossiers;
    private final LecturesDeDossier lectures;
    private final ConsultationDeDossier consultation;
    private final Documents documents;
    private final Clock horloge;

    DossiersDuCreancier(Dossiers dossiers, LecturesDeDossier lectures, ConsultationDeDossier consultation, Documents documents,
                        Clock horloge) {
        this.dossiers = dossiers;
        this.lectures = lectures;
        this.consultation = consultation;
        this.documents = documents;
        this.horloge = horloge;
    }

    /** An entry of the timeline as the créancier reads it: its text, or none when it is the office's own words. */
    record Entree(TypeEvenement type, Instant moment, Optional<String> resume) {
    }

    record Vue(FicheDeDossier fiche, LocalDate au, Optional<Decompte> decompte, Optional<String> decompteImpossible,
               List<Entree> chronologie, List<Document> documents) {
    }

    @Transactional(readOnly = true)
    Optional<Vue> vue(CreancierId creancier, DossierId id) {
        return sien(creancier, id).flatMap(dossier -> lectures.fiche(id).map(fiche -> {
            LocalDate aujourdhui = LocalDate.now(horloge);
            ConsultationDeDossier.Resultat decompte = consultation.decompte(fiche, dossier, aujourdhui);
            List<Entree> chronologie = lectures.chronologie(id, Optional.empty(), ENTREES_MAX).stream()
                    .filter(entree -> entree.type().pourLeCreancier() != TypeEvenement.PourLeCreancier.RIEN)
                    .map(entree -> new Entree(entree.type(), entree.moment(),
                            entree.type().pourLeCreancier() == TypeEvenement.PourLeCreancier.ENTIER
                                    ? Optional.of(entree.resume()) : Optional.empty()))
                    .toList();
            return new Vue(fiche, aujourdhui, decompte.decompte(), decompte.refus(), chronologie,
                    documents.duDossier(id).stream().filter(Document::visibleDuCreancier).toList());
        }));
    }

    /** A file shared with the créancier, of one of its dossiers. */
    @Transactional(readOnly = true)
    Optional<Documents.Contenu> document(CreancierId creancier, DossierId id, UUID document) {
        return sien(creancier, id).flatMap(dossier -> documents.contenu(id, document))
                .filter(contenu -> contenu.document().visibleDuCreancier());
    }

    /** Whether the dossier is the créancier's: the only door to anything of it. */
    @Transactional(readOnly = true)
    boolean estLeSien(CreancierId creancier, DossierId id) {
        return sien(creancier, id).isPresent();
    }

    private Optional<Dossier> sien(CreancierId creancier, DossierId id) {
        return dossiers.parId(id).filter(dossier -> dossier.creancier().equals(creancier));
    }
}
