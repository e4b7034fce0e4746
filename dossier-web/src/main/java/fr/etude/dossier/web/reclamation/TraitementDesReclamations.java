package fr.etude.dossier.web.reclamation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.reclamation.Reclamation;
import fr.etude.dossier.core.reclamation.Reclamations;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.core.reglage.Reglage;
import fr.etude.dossier.core.reglage.ReglagesDeLEtude;

/**
 * A débiteur's complaint from receipt to answer: each step changes the complaint and writes the
 * dossier's timeline (and its hold on collection) in one transaction, against the version of the
 * dossier the page showed.
 */
@Service
class TraitementDesReclamations {

    private final Dossiers dossiers;
    private final Reclamations reclamations;
    private final ReglagesDeLEtude reglages;
    private final Clock horloge;

    TraitementDesReclamations(Dossiers dossiers, Reclamations reclamations, ReglagesDeLEtude reglages, Clock horloge) {
        this.dossiers = dossiers;
        this.reclamations = reclamations;
        this.reglages = reglages;
        this.horloge = horloge;
    }

    @Transactional
    Reclamation recevoir(DossierId id, long versionLue, LocalDate recueLe, String objet, Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        Reclamation reclamation = Reclamation.recevoir(recueLe, objet,
                reglages.instantane().entier(Reglage.RECLAMATION_DELAI_REPONSE_JOURS), LocalDate.now(horloge));
        dossier.recevoirReclamation(recueLe, reclamation.objet(), auteur, horloge.instant());
        reclamations.enregistrer(id, reclamation, auteur);
        dossiers.enregistrer(dossier);
        return reclamation;
    }

    @Transactional
    void accuserReception(DossierId id, long versionLue, UUID reclamationId, LocalDate le, Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        Reclamation reclamation = reclamation(id, reclamationId);
        reclamation.accuserReception(nonFuture(le));
        dossier.accuserReceptionDeReclamation(reclamation.recueLe(), le, auteur, horloge.instant());
        reclamations.enregistrer(id, reclamation, auteur);
        dossiers.enregistrer(dossier);
    }

    @Transactional
    void analyser(DossierId id, long versionLue, UUID reclamationId, String analyse, Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        Reclamation reclamation = reclamation(id, reclamationId);
        reclamation.analyser(analyse);
        dossier.analyserReclamation(reclamation.recueLe(), auteur, horloge.instant());
        reclamations.enregistrer(id, reclamation, auteur);
        dossiers.enregistrer(dossier);
    }

    @Transactional
    void repondre(DossierId id, long versionLue, UUID reclamationId, String reponse, LocalDate le, Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        List<Reclamation> duDossier = reclamations.duDossier(id);
        Reclamation reclamation = reclamation(duDossier, reclamationId);
        reclamation.repondre(reponse, nonFuture(le));
        boolean dAutresOuvertes = duDossier.stream().anyMatch(autre -> !autre.id().equals(reclamationId) && autre.estOuverte());
        dossier.repondreAReclamation(reclamation.recueLe(), le, dAutresOuvertes, auteur, horloge.instant());
        reclamations.enregistrer(id, reclamation, auteur);
        dossiers.enregistrer(dossier);
    }

    private LocalDate nonFuture(LocalDate le) {
        if (le.isAfter(LocalDate.now(horloge))) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "Cette date est dans le futur.");
        }
        return le;
    }

    private Reclamation reclamation(DossierId id, UUID reclamationId) {
        return reclamation(reclamations.duDossier(id), reclamationId);
    }

    private static Reclamation reclamation(List<Reclamation> duDossier, UUID reclamationId) {
        return duDossier.stream().filter(reclamation -> reclamation.id().equals(reclamationId)).findFirst()
                .orElseThrow(ReclamationIntrouvable::new);
    }
}
