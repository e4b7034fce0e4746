package fr.etude.dossier.web.transmission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.document.Documents;
import fr.etude.dossier.core.document.NouveauDocument;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.ReferenceDossier;
import fr.etude.dossier.core.transmission.Attribution;
import fr.etude.dossier.core.transmission.Attributions;
import fr.etude.dossier.core.transmission.DossierTransmis;
import fr.etude.dossier.core.transmission.Transmissions;

/**
 * Opens the dossiers a créancier sends, from the form or a file: those it already sent (same
 * reference) are left as they are, the others are numbered, given their clerk and stored together.
 */
@Service
public class TransmissionDesDossiers {

    private final Transmissions transmissions;
    private final Attributions attributions;
    private final Documents documents;
    private final Clock horloge;

    TransmissionDesDossiers(Transmissions transmissions, Attributions attributions, Documents documents, Clock horloge) {
        this.transmissions = transmissions;
        this.attributions = attributions;
        this.documents = documents;
        this.horloge = horloge;
    }

    /** Another file of the créancier is being imported: its dossiers are not known yet. */
    static final class ImportEnCours extends RuntimeException {
        ImportEnCours() {
            super("Un import de vos dossiers est en cours.");
        }
    }

    /** A reference the créancier already sent. */
    static final class DejaTransmis extends RuntimeException {
        DejaTransmis(String reference) {
            super(reference);
        }
    }

    /** What a batch made: the dossiers opened, and the references left alone because already sent. */
    record Bilan(List<DossierTransmis.Ouverture> ouvertes, Set<String> dejaTransmises) {
    }

    /** One dossier from the form, with the créancier's files (shown to it and to the office). */
    @Transactional
    public DossierTransmis.Ouverture transmettre(CreancierId creancier, DossierTransmis dossier, List<NouveauDocument> pieces,
                                                 Auteur auteur) {
        Bilan bilan = transmettre(creancier, List.of(dossier), auteur);
        if (bilan.ouvertes().isEmpty()) {
            throw new DejaTransmis(dossier.referenceCreancier());
        }
        DossierTransmis.Ouverture ouverture = bilan.ouvertes().get(0);
        pieces.forEach(piece -> documents.deposer(ouverture.dossier().id(), piece, auteur));
        return ouverture;
    }

    /**
     * A batch of dossiers, in the caller's transaction (a file's), or in one of its own. The batch's
     * references must be distinct.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public Bilan transmettre(CreancierId creancier, List<DossierTransmis> dossiers, Auteur auteur) {
        if (!transmissions.verrouiller(creancier)) {
            throw new ImportEnCours();
        }
        Set<String> deja = transmissions.dejaTransmises(creancier, dossiers.stream().map(DossierTransmis::referenceCreancier).toList());
        List<DossierTransmis> nouveaux = dossiers.stream().filter(dossier -> !deja.contains(dossier.referenceCreancier())).toList();
        if (nouveaux.isEmpty()) {
            return new Bilan(List.of(), deja);
        }
        Instant maintenant = horloge.instant();
        LocalDate aujourdhui = LocalDate.now(horloge);
        Attribution attribution = attributions.regle(creancier);
        long tour = attribution.parTourDeRole() ? attributions.tours(nouveaux.size()) : 0;
        int numero = transmissions.numeros(aujourdhui.getYear(), nouveaux.size());
        List<DossierTransmis.Ouverture> ouvertes = new ArrayList<>(nouveaux.size());
        for (DossierTransmis dossier : nouveaux) {
            ouvertes.add(dossier.ouvrir(DossierId.nouveau(), ReferenceDossier.de(aujourdhui.getYear(), numero++), creancier,
                    attribution.clerc(tour++), aujourdhui, auteur, maintenant));
        }
        transmissions.enregistrer(creancier, ouvertes);
        return new Bilan(ouvertes, deja);
    }
}
