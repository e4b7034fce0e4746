package fr.etude.dossier.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.CreanceId;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.core.creance.TitreExecutoire;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.debiteur.DebiteurId;
import fr.etude.dossier.core.prescription.Prescription;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** A titre recorded on a créance makes it prescribed by ten years (art. L111-4 CPCE) and is in the timeline. */
class TitreDuDossierTest {

    private static final Instant MAINTENANT = Instant.parse("2026-11-20T09:30:00Z");
    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 20);
    private final Auteur commissaire = new Auteur(UtilisateurId.nouveau(), "Me Hélène Garnier");
    private final Creance facture = Creance.simple(Montant.of("2400.00"), LocalDate.of(2025, 3, 1), NatureCreance.CONSOMMATION, "F-9");
    private final Dossier dossier = Dossier.ouvrir(DossierId.nouveau(), ReferenceDossier.de(2026, 77), CreancierId.nouveau(),
            List.of(DebiteurId.nouveau()), List.of(facture), commissaire, MAINTENANT);
    private final TitreExecutoire ordonnance = new TitreExecutoire(TitreExecutoire.TypeTitre.ORDONNANCE_INJONCTION_DE_PAYER,
            "tribunal judiciaire de Lyon", LocalDate.of(2026, 9, 1), Optional.of(LocalDate.of(2026, 9, 15)));

    @Test
    void aCourtsTitleMakesTheClaimPrescribedByTenYearsArtL1114() {
        LocalDate avant = Prescription.calculer(dossier.creances().get(0), List.of()).acquiseLe();

        dossier.enregistrerTitre(facture.id(), ordonnance, AUJOURDHUI, commissaire, MAINTENANT);

        Creance titree = dossier.creances().get(0);
        assertThat(titree.titre()).contains(ordonnance);
        assertThat(avant).as("2 years, art. L218-2 C. conso.").isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(Prescription.calculer(titree, List.of()).acquiseLe()).isAfter(LocalDate.of(2036, 1, 1));
        assertThat(dossier.nouveauxEvenements().get(dossier.nouveauxEvenements().size() - 1).resume()).isEqualTo(
                "Titre exécutoire enregistré : ordonnance d'injonction de payer revêtue de la formule exécutoire du 01/09/2026 "
                        + "(tribunal judiciaire de Lyon), signifié le 15/09/2026.");
    }

    @Test
    void aTitleInTheFutureBeforeTheClaimIsDueOrForAnotherClaimIsRefused() {
        TitreExecutoire futur = new TitreExecutoire(TitreExecutoire.TypeTitre.JUGEMENT, "TJ Lyon", LocalDate.of(2026, 12, 1),
                Optional.empty());
        assertThatThrownBy(() -> dossier.enregistrerTitre(facture.id(), futur, AUJOURDHUI, commissaire, MAINTENANT))
                .hasMessageContaining("ne peuvent être datés après aujourd'hui (20/11/2026)");
        TitreExecutoire tropTot = new TitreExecutoire(TitreExecutoire.TypeTitre.JUGEMENT, "TJ Lyon", LocalDate.of(2025, 1, 10),
                Optional.empty());
        assertThatThrownBy(() -> dossier.enregistrerTitre(facture.id(), tropTot, AUJOURDHUI, commissaire, MAINTENANT))
                .hasMessage("Le titre ne peut précéder l'exigibilité de la créance (01/03/2025).");
        assertThatThrownBy(() -> dossier.enregistrerTitre(new CreanceId(java.util.UUID.randomUUID()), ordonnance, AUJOURDHUI,
                commissaire, MAINTENANT)).hasMessage("Cette créance n'est pas celle du dossier 2026-000077.");
        assertThat(dossier.creances().get(0).titre()).isEmpty();
    }
}
