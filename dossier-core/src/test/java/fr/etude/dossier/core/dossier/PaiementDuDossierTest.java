package fr.etude.dossier.core.dossier;

import fr.etude.dossier.core.regle.RegleEnfreinte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.debiteur.DebiteurId;
import fr.etude.dossier.core.paiement.ModePaiement;
import fr.etude.dossier.core.paiement.Paiement;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** A payment is a transition of the dossier: it checks the dossier's state and moves its figures. */
class PaiementDuDossierTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 20);
    private static final Instant MAINTENANT = Instant.parse("2026-11-20T09:30:00Z");
    private static final LocalDate EXIGIBLE_LE = LocalDate.of(2026, 3, 1);
    private final Auteur clerc = new Auteur(UtilisateurId.nouveau(), "Claire Moreau");

    @Test
    void aPaymentLowersTheBalanceRaisesWhatWasRecoveredAndIsAnnounced() {
        Dossier dossier = deNeufCentsEuros();

        Paiement paiement = dossier.encaisser(recu("150.00", AUJOURDHUI, false), AUJOURDHUI, clerc, MAINTENANT);

        assertThat(dossier.soldes()).isEqualTo(new Dossier.Soldes(Montant.of("750.00"), Montant.of("150.00"), Montant.ZERO));
        assertThat(dossier.evenementsDuDomaine())
                .containsExactly(new EvenementDuDossier.PaiementEncaisse(dossier.id(), paiement, clerc, MAINTENANT));
        assertThat(dossier.nouveauxEvenements()).last().extracting(Evenement::resume)
                .isEqualTo("Paiement de " + euros("150.00") + " du 20/11/2026 par virement.");
    }

    @Test
    void aClosedDossierRefusesAPayment() {
        Dossier dossier = deNeufCentsEuros();
        dossier.clore(MotifCloture.RETIRE, "", clerc, MAINTENANT);

        assertThatThrownBy(() -> dossier.encaisser(recu("1.00", AUJOURDHUI, false), AUJOURDHUI, clerc, MAINTENANT))
                .isInstanceOf(RegleEnfreinte.class)
                .hasMessageContaining("est clos (retiré par le créancier) : il ne peut plus recevoir un paiement.");
        assertThat(dossier.soldes().solde()).isEqualTo(Montant.of("900.00"));
    }

    @Test
    void anUnmarkedOverpaymentIsRefusedAndChangesNothing() {
        Dossier dossier = deNeufCentsEuros();

        assertThatThrownBy(() -> dossier.encaisser(recu("9999999.00", AUJOURDHUI, false), AUJOURDHUI, clerc, MAINTENANT))
                .isInstanceOf(RegleEnfreinte.class)
                .hasMessageContaining("dépasse le solde dû (" + euros("900.00") + ")")
                .extracting(refus -> ((RegleEnfreinte) refus).sujet()).isEqualTo(java.util.Optional.of(RegleEnfreinte.Sujet.MONTANT));
        assertThat(dossier.soldes().solde()).isEqualTo(Montant.of("900.00"));
        assertThat(dossier.evenementsDuDomaine()).isEmpty();
    }

    @Test
    void aTropPercuKeepsTheExcessApartAndTheBalanceAtZero() {
        Dossier dossier = deNeufCentsEuros();

        Paiement paiement = dossier.encaisser(recu("1000.00", AUJOURDHUI, true), AUJOURDHUI, clerc, MAINTENANT);

        assertThat(paiement.tropPercu()).isEqualTo(Montant.of("100.00"));
        assertThat(dossier.soldes()).isEqualTo(new Dossier.Soldes(Montant.ZERO, Montant.of("900.00"), Montant.of("100.00")));
        assertThat(dossier.nouveauxEvenements()).last().extracting(Evenement::resume).asString()
                .contains("dont " + euros("100.00") + " de trop-perçu à restituer");
    }

    @Test
    void aPaymentDatedBeforeTheDebtWasDueOrInTheFutureIsRefused() {
        Dossier dossier = deNeufCentsEuros();

        assertThatThrownBy(() -> dossier.encaisser(recu("10.00", LocalDate.of(1900, 1, 1), false), AUJOURDHUI, clerc, MAINTENANT))
                .hasMessageContaining("précède l'exigibilité de la créance la plus ancienne (01/03/2026)");
        assertThatThrownBy(() -> dossier.encaisser(recu("10.00", AUJOURDHUI.plusDays(1), false), AUJOURDHUI, clerc, MAINTENANT))
                .hasMessageContaining("ne peut pas être dans le futur");
    }

    @Test
    void aReversalOwesAgainWhatThePaymentPaidAndNoLongerTheTropPercu() {
        Dossier dossier = deNeufCentsEuros();
        Paiement paiement = dossier.encaisser(recu("1000.00", AUJOURDHUI.minusDays(5), true), AUJOURDHUI, clerc, MAINTENANT);

        Paiement contrepasse = dossier.contrepasser(paiement, AUJOURDHUI, "Chèque impayé", AUJOURDHUI, clerc, MAINTENANT);

        assertThat(contrepasse.estContrepasse()).isTrue();
        assertThat(dossier.soldes()).isEqualTo(new Dossier.Soldes(Montant.of("900.00"), Montant.ZERO, Montant.ZERO));
        assertThat(dossier.evenementsDuDomaine()).last()
                .isEqualTo(new EvenementDuDossier.PaiementContrepasse(dossier.id(), contrepasse, clerc, MAINTENANT));
    }

    private static String euros(String montant) {
        return FormatFrancais.euros(Montant.of(montant));
    }

    private static Dossier.PaiementRecu recu(String montant, LocalDate date, boolean tropPercu) {
        return new Dossier.PaiementRecu(date, Montant.of(montant), ModePaiement.VIREMENT, "", tropPercu);
    }

    private Dossier deNeufCentsEuros() {
        return Dossier.ouvrir(DossierId.nouveau(), ReferenceDossier.de(2026, 7), CreancierId.nouveau(),
                List.of(DebiteurId.nouveau()),
                List.of(Creance.simple(Montant.of("900.00"), EXIGIBLE_LE, NatureCreance.CONSOMMATION, "F-1")), clerc,
                MAINTENANT);
    }
}
