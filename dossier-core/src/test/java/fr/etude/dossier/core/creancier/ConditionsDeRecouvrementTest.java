package fr.etude.dossier.core.creancier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.core.decompte.Conventions;
import fr.etude.dossier.core.decompte.CreanceADecompter;
import fr.etude.dossier.core.decompte.Decompte;
import fr.etude.dossier.core.decompte.DemandeDeDecompte;
import fr.etude.dossier.core.decompte.MoteurDeDecompte;
import fr.etude.dossier.core.decompte.ParametresLegaux;
import fr.etude.dossier.core.echeancier.Echeancier;
import fr.etude.dossier.core.echeancier.Periodicite;
import fr.etude.dossier.core.echeancier.PlansDuDossier;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.core.taux.BaremePublie;

class ConditionsDeRecouvrementTest {

    private static final ParametresLegaux LOI = ParametresLegaux.enVigueur();

    @Test
    void aPlanLongerOrWithSmallerInstalmentsThanTheCreditorGrantsIsRefusedNamingTheLimit() {
        ConditionsDeRecouvrement limites = new ConditionsDeRecouvrement(true, true, 12, Montant.of("50.00"));
        Verification conditions = (echeances, creancier) -> PlansDuDossier.verifierLesLimitesDuCreancier(echeances,
                limites.dureeMaxEcheancierMois(), limites.echeanceMinimale(), creancier);
        // 12 monthly instalments from 05/12/2026 to 05/11/2027: twelve months, allowed.
        assertThatCode(() -> conditions.verifier(Echeancier.simulerEnNombre(Montant.of("1200.00"), 12, Periodicite.MENSUELLE,
                LocalDate.of(2026, 12, 5)), "Énergies du Rhône")).doesNotThrowAnyException();
        assertThatThrownBy(() -> conditions.verifier(Echeancier.simulerEnNombre(Montant.of("1300.00"), 13, Periodicite.MENSUELLE,
                LocalDate.of(2026, 12, 5)), "Énergies du Rhône")).isInstanceOf(RegleEnfreinte.class)
                .hasMessage("Cet échéancier court sur 13 mois : Énergies du Rhône n'en accorde pas plus de 12.");
        assertThatThrownBy(() -> conditions.verifier(Echeancier.simulerEnNombre(Montant.of("400.00"), 10, Periodicite.MENSUELLE,
                LocalDate.of(2026, 12, 5)), "Énergies du Rhône"))
                .satisfies(refus -> assertThat(refus.getMessage().replaceAll("[\u00a0\u202f]", " "))
                        .isEqualTo("L'échéance n°1 (40,00 €) est inférieure au minimum de 50,00 € fixé par Énergies du Rhône."));
        assertThatCode(() -> conditions.verifier(Echeancier.simulerParMontant(Montant.of("120.00"), Montant.of("50.00"),
                Periodicite.MENSUELLE, LocalDate.of(2026, 12, 5)), "Énergies du Rhône"))
                .as("the last instalment takes the rest").doesNotThrowAnyException();
    }

    @Test
    void limitsOutsideSenseAreRefused() {
        assertThatThrownBy(() -> new ConditionsDeRecouvrement(true, true, 0, Montant.ZERO)).hasMessageContaining("de 1 à 60 mois");
        assertThatThrownBy(() -> new ConditionsDeRecouvrement(true, true, 12, Montant.of("-1.00"))).isInstanceOf(RegleEnfreinte.class);
    }

    @Test
    void aCreditorWhoWaivesPenaltiesAndTheIndemnityHasItsInvoicesBearTheLegalInterestFromTheDemand() {
        // A 1 000 € invoice between professionals, due 31/12/2024, formal demand 31/01/2025, statement 31/03/2025.
        Creance facture = Creance.simple(Montant.of("1000.00"), LocalDate.of(2024, 12, 31), NatureCreance.COMMERCIALE, "F-1")
                .avecMiseEnDemeure(LocalDate.of(2025, 1, 31));
        Decompte reclame = decompte(facture, ConditionsDeRecouvrement.PAR_DEFAUT);
        Decompte renonce = decompte(facture, new ConditionsDeRecouvrement(false, false, 24, Montant.ZERO));

        // Penalties (ECB rate + 10 points) from the day after the due date, plus 40 €.
        assertThat(reclame.accessoires()).isEqualTo(Montant.of("40.00"));
        assertThat(reclame.lignes().get(0).taux().origine()).contains("L441-10");
        // Legal rate (other cases, 1st half 2025: 3,71 %) from the demand: 1 000 × 3,71 % × 59 / 365 = 5,997 → 6,00 €.
        assertThat(renonce.accessoires()).isEqualTo(Montant.ZERO);
        assertThat(renonce.lignes()).singleElement().satisfies(ligne -> {
            assertThat(ligne.taux().origine()).startsWith("intérêt légal");
            assertThat(ligne.jours()).isEqualTo(59);
            assertThat(ligne.montant()).isEqualTo(Montant.of("6.00"));
        });
    }

    private interface Verification {
        void verifier(List<fr.etude.dossier.core.echeancier.Echeance> echeances, String creancier);
    }

    private static Decompte decompte(Creance creance, ConditionsDeRecouvrement conditions) {
        return new MoteurDeDecompte(BaremePublie.charger(), LOI).calculer(new DemandeDeDecompte(LocalDate.of(2025, 3, 31),
                List.of(CreanceADecompter.depuis(creance, CategorieCreancier.AUTRES_CAS, conditions, LOI)), List.of(), List.of(),
                Conventions.parDefaut()));
    }
}
