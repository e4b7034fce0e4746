package fr.etude.dossier.persistence.promesse;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.persistence.audit.JournalAudit;
import fr.etude.dossier.core.promesse.PromesseDePaiement;
import fr.etude.dossier.core.promesse.Promesses;

@Repository
@Transactional
class PromessesAdapter implements Promesses {


    private final PromesseJpaRepository repository;
    private final JournalAudit journal;

    PromessesAdapter(PromesseJpaRepository repository, JournalAudit journal) {
        this.repository = repository;
        this.journal = journal;
    }

    @Override
    public void ajouter(DossierId dossier, PromesseDePaiement promesse, Auteur auteur) {
        PromesseEntity entite = new PromesseEntity();
        entite.id = promesse.id();
        entite.dossierId = dossier.value();
        entite.faiteLe = promesse.faiteLe();
        entite.echeance = promesse.echeance();
        entite.montant = promesse.montant().valeur();
        entite.etat = PromesseDePaiement.Etat.EN_ATTENTE.name();
        repository.saveAndFlush(entite);
        journal.journaliser(auteur, "promesse", promesse.id(), "PROMESSE", null);
    }

    @Override
    public void noterEtat(PromesseDePaiement promesse, PromesseDePaiement.Etat etat, Auteur auteur) {
        String avant = journal.etat("promesse", promesse.id());
        PromesseEntity entite = repository.findById(promesse.id())
                .orElseThrow(() -> new IllegalArgumentException("Cette promesse n'existe pas."));
        entite.etat = etat.name();
        repository.saveAndFlush(entite);
        journal.journaliser(auteur, "promesse", promesse.id(), "PROMESSE_" + etat.name(), avant);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PromesseSuivie> duDossier(DossierId dossier) {
        return repository.findByDossierIdOrderByFaiteLeAsc(dossier.value()).stream()
                .map(entite -> new PromesseSuivie(new PromesseDePaiement(entite.id, entite.faiteLe, entite.echeance,
                        Montant.of(entite.montant)), PromesseDePaiement.Etat.valueOf(entite.etat)))
                .toList();
    }
}
