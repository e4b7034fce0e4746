package fr.etude.dossier.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Art. R124-5 CPCE: the créancier is told of every payment and every proposal of the débiteur; the
 * office's own work (notes, the contact log, escalation requests) stays with the office.
 */
class CeQueLeCreancierVoitTest {

    @Test
    void everyPaymentAndEveryProposalOfTheDebtorIsShownWhole() {
        for (TypeEvenement type : new TypeEvenement[] {TypeEvenement.PAIEMENT, TypeEvenement.PROMESSE,
                TypeEvenement.ECHEANCIER, TypeEvenement.SOLUTION}) {
            assertThat(type.pourLeCreancier()).as(type.name()).isEqualTo(TypeEvenement.PourLeCreancier.ENTIER);
        }
    }

    @Test
    void internalNotesAndTheContactLogAreNeverShown() {
        for (TypeEvenement type : new TypeEvenement[] {TypeEvenement.NOTE, TypeEvenement.APPEL, TypeEvenement.EMAIL,
                TypeEvenement.VISITE, TypeEvenement.DEMANDE_ESCALADE}) {
            assertThat(type.pourLeCreancier()).as(type.name()).isEqualTo(TypeEvenement.PourLeCreancier.RIEN);
        }
    }
}
