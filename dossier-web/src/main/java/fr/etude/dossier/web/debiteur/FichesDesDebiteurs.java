package fr.etude.dossier.web.debiteur;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.debiteur.Debiteur;
import fr.etude.dossier.core.dossier.Debiteurs;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.Phrases;
import fr.etude.dossier.core.dossier.TypeEvenement;

/** A correction of a débiteur's details: the details, their dated history, the dossier's timeline, together. */
@Service
class FichesDesDebiteurs {

    private final Debiteurs debiteurs;
    private final Dossiers dossiers;
    private final Clock horloge;

    FichesDesDebiteurs(Debiteurs debiteurs, Dossiers dossiers, Clock horloge) {
        this.debiteurs = debiteurs;
        this.dossiers = dossiers;
        this.horloge = horloge;
    }

    @Transactional
    void corriger(DossierId id, Debiteur corrige, long versionLue, Auteur auteur) {
        Dossier dossier = dossiers.parId(id).orElseThrow();
        if (!dossier.debiteurs().contains(corrige.id())) {
            throw new IllegalArgumentException("Ce débiteur n'est pas partie à ce dossier.");
        }
        debiteurs.modifier(corrige, versionLue, LocalDate.now(horloge), auteur);
        dossier.consigner(TypeEvenement.NOTE, Phrases.de("debiteur.corrige", corrige.nomAffiche()), auteur, horloge.instant());
        dossiers.enregistrer(dossier);
    }
}
