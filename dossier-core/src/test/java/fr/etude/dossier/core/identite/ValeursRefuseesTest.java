package fr.etude.dossier.core.identite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.CreanceId;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.core.creancier.Mandat;
import fr.etude.dossier.core.dossier.ReferenceDossier;
import fr.etude.dossier.core.paiement.ModePaiement;
import fr.etude.dossier.core.paiement.Paiement;
import fr.etude.dossier.core.promesse.PromesseDePaiement;
import fr.etude.dossier.core.reclamation.Reclamation;

/** Bad input is refused where it is created, with a French message that says what is wrong. */
class ValeursRefuseesTest {

    @Test
    void siren() {
        assertThat(new Siren("552 081 317").formate()).isEqualTo("552 081 317");
        assertThatThrownBy(() -> new Siren("552081318")).hasMessage("Le SIREN « 552081318 » est invalide (clé de contrôle erronée).");
        assertThatThrownBy(() -> new Siren("55208131")).hasMessage("Le SIREN « 55208131 » doit comporter 9 chiffres.");
        assertThatThrownBy(() -> new Siren("  ")).hasMessage("Le SIREN est obligatoire.");
    }

    @Test
    void iban() {
        assertThat(new Iban("fr76 3000 6000 0112 3456 7890 189").formate()).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
        assertThatThrownBy(() -> new Iban("FR76 3000 6000 0112 3456 7890 188")).hasMessageContaining("clé de contrôle erronée");
        assertThatThrownBy(() -> new Iban("FR76 3000 6000")).hasMessageContaining("n'a pas la forme d'un IBAN");
    }

    @Test
    void telephoneAndEmail() {
        assertThat(new Telephone("06.12.34.56.78").valeur()).isEqualTo("+33612345678");
        assertThat(new Telephone("+33 6 12 34 56 78").formate()).isEqualTo("06 12 34 56 78");
        assertThatThrownBy(() -> new Telephone("12345")).hasMessageContaining("n'est pas un numéro de téléphone valide");
        assertThat(new Email(" Marie.Lefevre@Exemple.FR ").valeur()).isEqualTo("marie.lefevre@exemple.fr");
        assertThatThrownBy(() -> new Email("marie.lefevre@")).hasMessageContaining("n'est pas une adresse e-mail valide");
    }

    @Test
    void adresse() {
        assertThat(Adresse.enFrance("3 rue Serpenoise", "57000", "Metz").enAlsaceMoselle()).isTrue();
        assertThatThrownBy(() -> Adresse.enFrance("3 rue Pasteur", "6900", "Lyon"))
                .hasMessage("Le code postal « 6900 » doit comporter 5 chiffres.");
    }

    @Test
    void montant() {
        assertThatThrownBy(() -> Montant.of("12.345")).hasMessage("Le montant 12.345 a plus de deux décimales.");
        assertThatThrownBy(() -> Creance.simple(Montant.ZERO, LocalDate.of(2026, 1, 1), NatureCreance.CIVILE, "x"))
                .hasMessage("Le principal de la créance doit être un montant positif.");
        assertThatThrownBy(() -> Creance.simple(Montant.euros(-5), LocalDate.of(2026, 1, 1), NatureCreance.CIVILE, "x"))
                .hasMessage("Le principal de la créance doit être un montant positif.");
    }

    @Test
    void creance() {
        assertThatThrownBy(() -> new Creance(CreanceId.nouveau(), Montant.euros(100), LocalDate.of(2026, 3, 1),
                NatureCreance.CIVILE, "x", Optional.of(LocalDate.of(2026, 2, 1)), Optional.empty(), Optional.empty(),
                false, Optional.empty()))
                .hasMessage("La mise en demeure ne peut précéder l'exigibilité de la créance.");
    }

    @Test
    void aPaymentIsNeverDatedInTheFuture() {
        assertThatThrownBy(() -> Paiement.encaisser(LocalDate.of(2026, 11, 23), Montant.euros(50), ModePaiement.VIREMENT,
                "VIR-1", LocalDate.of(2026, 11, 20)))
                .hasMessage("La date du paiement (23/11/2026) ne peut pas être dans le futur.");
        assertThatThrownBy(() -> Paiement.encaisser(LocalDate.of(2026, 11, 20), Montant.ZERO, ModePaiement.CHEQUE, "",
                LocalDate.of(2026, 11, 20))).hasMessage("Le montant du paiement doit être positif.");
    }

    @Test
    void anUnpaidChequeIsAReversalThatKeepsThePayment() {
        Paiement cheque = Paiement.encaisser(LocalDate.of(2026, 11, 2), Montant.euros(200), ModePaiement.CHEQUE,
                "Chèque n°1234567", LocalDate.of(2026, 11, 20));

        Paiement contrepasse = cheque.contrepasser(LocalDate.of(2026, 11, 12), "Chèque impayé : provision insuffisante",
                LocalDate.of(2026, 11, 20));

        assertThat(contrepasse.id()).isEqualTo(cheque.id());
        assertThat(contrepasse.contrepassation()).isPresent();
        assertThatThrownBy(() -> contrepasse.contrepasser(LocalDate.of(2026, 11, 13), "encore", LocalDate.of(2026, 11, 20)))
                .hasMessage("Ce paiement a déjà été contre-passé le 12/11/2026.");
    }

    @Test
    void aPromiseIsKeptOrBrokenByThePayments() {
        PromesseDePaiement promesse = new PromesseDePaiement(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 15),
                Montant.euros(300));
        Paiement verse = Paiement.encaisser(LocalDate.of(2026, 11, 14), Montant.euros(300), ModePaiement.VIREMENT, "",
                LocalDate.of(2026, 11, 20));

        assertThat(promesse.etat(java.util.List.of(), LocalDate.of(2026, 11, 16), 2)).isEqualTo(PromesseDePaiement.Etat.EN_ATTENTE);
        assertThat(promesse.etat(java.util.List.of(), LocalDate.of(2026, 11, 18), 2)).isEqualTo(PromesseDePaiement.Etat.ROMPUE);
        assertThat(promesse.etat(java.util.List.of(verse), LocalDate.of(2026, 11, 18), 2)).isEqualTo(PromesseDePaiement.Etat.TENUE);
        assertThatThrownBy(() -> new PromesseDePaiement(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 5), Montant.euros(1)))
                .hasMessageContaining("ne peut précéder le jour de la promesse");
    }

    @Test
    void aComplaintGoesThroughItsStepsInOrder() {
        Reclamation reclamation = Reclamation.recevoir(LocalDate.of(2026, 11, 3), "Conteste les frais réclamés", 30, LocalDate.of(2026, 11, 20));

        assertThatThrownBy(() -> reclamation.repondre("Réponse", LocalDate.of(2026, 11, 10)))
                .hasMessageContaining("impossible d'y répondre maintenant");
        reclamation.accuserReception(LocalDate.of(2026, 11, 4));
        reclamation.analyser("Les frais de relance ont été retirés du décompte (art. L111-8 CPCE).");
        reclamation.repondre("Nous vous adressons un décompte rectifié.", LocalDate.of(2026, 11, 12));
        assertThat(reclamation.estOuverte()).isFalse();
    }

    @Test
    void referenceAndMandate() {
        assertThat(ReferenceDossier.de(2026, 123).valeur()).isEqualTo("2026-000123");
        assertThatThrownBy(() -> new ReferenceDossier("26-123")).hasMessageContaining("AAAA-NNNNNN");
        Mandat mandat = new Mandat("M-2026-04", LocalDate.of(2026, 1, 15), Optional.of(LocalDate.of(2027, 1, 14)));
        assertThat(mandat.enVigueur(LocalDate.of(2026, 11, 20))).isTrue();
        assertThat(mandat.enVigueur(LocalDate.of(2027, 2, 1))).isFalse();
        assertThatThrownBy(() -> new Mandat(" ", LocalDate.of(2026, 1, 15), Optional.empty()))
                .hasMessage("La référence du mandat écrit est obligatoire (art. R124-3 CPCE).");
    }
}
