package fr.etude.dossier.persistence.promesse;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.promesse.PromesseDePaiement;
import fr.etude.dossier.core.promesse.Promesses;

@Repository
@Transactional
class PromessesAdapter implements Promesses {


    private final PromesseJpaRepository repository;

    PromessesAdapter(PromesseJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public void ajouter(DossierId dossier, PromesseDePaiement promesse) {
        PromesseEntity entite = new PromesseEntity();
        entite.id = promesse.id();
        entite.dossierId = dossier.value();
        entite.faiteLe = promesse.faiteLe();
        entite.echeance = promesse.echeance();
        entite.montant = promesse.montant().valeur();
        entite.etat = PromesseDePaiement.Etat.EN_ATTENTE.name();
        repository.save(entite);
    }

    @Override
    public void noterEtat(PromesseDePaiement promesse, PromesseDePaiement.Etat etat) {
        repository.findById(promesse.id()).orElseThrow(() -> new IllegalArgumentException("Cette promesse n'existe pas."))
                .etat = etat.name();
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
