package fr.etude.dossier.web.statut;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.MotifCloture;

/** Overindebtedness and closing: each a single change of the dossier, against the version the page showed. */
@Service
class SuiviDuStatut {

    private final Dossiers dossiers;
    private final Clock horloge;

    SuiviDuStatut(Dossiers dossiers, Clock horloge) {
        this.dossiers = dossiers;
        this.horloge = horloge;
    }

    @Transactional
    void declarerSurendettement(DossierId id, long versionLue, LocalDate recevableLe, String commission, Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        dossier.declarerSurendettement(recevableLe, commission, LocalDate.now(horloge), auteur, horloge.instant());
        dossiers.enregistrer(dossier);
    }

    @Transactional
    void issueDuSurendettement(DossierId id, long versionLue, Dossier.IssueDuSurendettement issue, LocalDate le, String precisions,
                               Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        dossier.issueDuSurendettement(issue, le, precisions, auteur, horloge.instant());
        dossiers.enregistrer(dossier);
    }

    @Transactional
    void clore(DossierId id, long versionLue, MotifCloture motif, String commentaire, Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        dossier.clore(motif, commentaire, auteur, horloge.instant());
        dossiers.enregistrer(dossier);
    }
}
