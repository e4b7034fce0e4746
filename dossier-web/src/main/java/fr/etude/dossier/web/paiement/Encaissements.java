package fr.etude.dossier.web.paiement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.TypeEvenement;
import fr.etude.dossier.core.paiement.ModePaiement;
import fr.etude.dossier.core.paiement.Paiement;
import fr.etude.dossier.core.paiement.Paiements;
import fr.etude.dossier.web.echeancier.SuiviDesEcheanciers;

/**
 * Money received on a dossier, and its reversal when a cheque bounces: the payment, the dossier's
 * balance, the échéancier's instalments, the timeline and the audit trail move together, or not at all.
 */
@Service
public class Encaissements {

    private final Dossiers dossiers;
    private final Paiements paiements;
    private final SuiviDesEcheanciers echeanciers;
    private final Clock horloge;

    Encaissements(Dossiers dossiers, Paiements paiements, SuiviDesEcheanciers echeanciers, Clock horloge) {
        this.dossiers = dossiers;
        this.paiements = paiements;
        this.echeanciers = echeanciers;
        this.horloge = horloge;
    }

    @Transactional
    public void encaisser(DossierId id, long versionLue, LocalDate date, Montant montant, ModePaiement mode,
                          String reference, Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        Paiement paiement = Paiement.encaisser(date, montant, mode, reference, LocalDate.now(horloge));
        paiements.ajouter(id, paiement, auteur);
        dossier.consigner(TypeEvenement.PAIEMENT, "Paiement de " + FormatFrancais.euros(montant) + " du "
                + FormatFrancais.date(date) + " par " + libelle(mode) + (paiement.reference().isEmpty() ? "" : " ("
                + paiement.reference() + ")") + ".", auteur, horloge.instant());
        dossiers.enregistrer(dossier);
        echeanciers.actualiser(id, auteur);
    }

    @Transactional
    public void contrepasser(DossierId id, long versionLue, UUID paiementId, LocalDate date, String motif, Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        Paiement paiement = paiements.duDossier(id).stream().filter(p -> p.id().equals(paiementId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Ce paiement n'appartient pas à ce dossier."));
        Paiement contrepasse = paiement.contrepasser(date, motif, LocalDate.now(horloge));
        paiements.contrepasser(contrepasse, auteur);
        dossier.consigner(TypeEvenement.PAIEMENT, "Contre-passation du paiement de " + FormatFrancais.euros(paiement.montant())
                + " du " + FormatFrancais.date(paiement.date()) + " : " + motif.strip() + ".", auteur, horloge.instant());
        dossiers.enregistrer(dossier);
        echeanciers.actualiser(id, auteur);
    }

    @Transactional(readOnly = true)
    public List<Paiement> duDossier(DossierId id) {
        return paiements.duDossier(id);
    }


    static String libelle(ModePaiement mode) {
        return switch (mode) {
            case VIREMENT -> "virement";
            case CHEQUE -> "chèque";
            case CARTE -> "carte bancaire";
            case PRELEVEMENT -> "prélèvement";
            case ESPECES -> "espèces";
            case MANDAT -> "mandat";
        };
    }
}
