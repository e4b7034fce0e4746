package fr.etude.dossier.web.paiement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.Paiements;
import fr.etude.dossier.core.paiement.Paiement;

/**
 * Money received on a dossier, and its reversal when a cheque bounces: the dossier decides, its
 * repository stores the payment with it, and whoever follows payments (the échéancier) reacts to
 * the event, in the same transaction.
 */
@Service
class Encaissements {

    private final Dossiers dossiers;
    private final Paiements paiements;
    private final Clock horloge;

    Encaissements(Dossiers dossiers, Paiements paiements, Clock horloge) {
        this.dossiers = dossiers;
        this.paiements = paiements;
        this.horloge = horloge;
    }

    @Transactional
    public void encaisser(DossierId id, long versionLue, Dossier.PaiementRecu recu, Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        dossier.encaisser(recu, LocalDate.now(horloge), auteur, horloge.instant());
        dossiers.enregistrer(dossier);
    }

    @Transactional
    public void contrepasser(DossierId id, long versionLue, UUID paiementId, LocalDate date, String motif, Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        Paiement paiement = paiements.duDossier(id).stream().filter(p -> p.id().equals(paiementId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Ce paiement n'appartient pas à ce dossier."));
        dossier.contrepasser(paiement, date, motif, LocalDate.now(horloge), auteur, horloge.instant());
        dossiers.enregistrer(dossier);
    }
}
