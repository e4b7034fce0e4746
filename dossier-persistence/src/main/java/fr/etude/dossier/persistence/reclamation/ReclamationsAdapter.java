package fr.etude.dossier.persistence.reclamation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.persistence.audit.JournalAudit;
import fr.etude.dossier.core.reclamation.Reclamation;
import fr.etude.dossier.core.reclamation.Reclamations;

@Repository
@Transactional
class ReclamationsAdapter implements Reclamations {


    private final ReclamationJpaRepository repository;
    private final JournalAudit journal;

    ReclamationsAdapter(ReclamationJpaRepository repository, JournalAudit journal) {
        this.repository = repository;
        this.journal = journal;
    }

    @Override
    public void enregistrer(DossierId dossier, Reclamation reclamation, Auteur auteur) {
        String avant = journal.etat("reclamation", reclamation.id());
        ReclamationEntity entite = repository.findById(reclamation.id()).orElseGet(() -> {
            ReclamationEntity nouvelle = new ReclamationEntity();
            nouvelle.id = reclamation.id();
            nouvelle.dossierId = dossier.value();
            return nouvelle;
        });
        entite.recueLe = reclamation.recueLe();
        entite.objet = reclamation.objet();
        entite.statut = reclamation.statut().name();
        entite.accuseLe = reclamation.accuseLe().orElse(null);
        entite.analyse = reclamation.analyse().orElse(null);
        entite.reponse = reclamation.reponse().orElse(null);
        entite.reponduLe = reclamation.reponduLe().orElse(null);
        repository.saveAndFlush(entite);
        journal.journaliser(auteur, "reclamation", reclamation.id(), "RECLAMATION_" + reclamation.statut().name(), avant);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reclamation> duDossier(DossierId dossier) {
        return repository.findByDossierIdOrderByRecueLeAsc(dossier.value()).stream()
                .map(entite -> Reclamation.reconstituer(entite.id, entite.recueLe, entite.objet,
                        Reclamation.Statut.valueOf(entite.statut), Optional.ofNullable(entite.accuseLe),
                        Optional.ofNullable(entite.analyse), Optional.ofNullable(entite.reponse),
                        Optional.ofNullable(entite.reponduLe)))
                .toList();
    }
}
