package fr.etude.dossier.core.courrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.identite.Iban;

class VirementDemandeTest {

    private static final Iban IBAN = new Iban("FR7630006000011234567890189");

    @Test
    void theQrCodeCarriesTheElevenFieldsOfEpc069InOrder() {
        VirementDemande virement = new VirementDemande("SELARL Garnier", IBAN, Optional.of("AGRIFRPP"),
                Montant.of("1015.67"), "Dossier 2026-000123");

        assertThat(virement.charge().split("\n", -1)).containsExactly("BCD", "002", "1", "SCT", "AGRIFRPP",
                "SELARL Garnier", "FR7630006000011234567890189", "EUR1015.67", "", "", "Dossier 2026-000123");
    }

    @Test
    void theBicIsOptionalAndLongTextsAreCutToTheirFields() {
        VirementDemande virement = new VirementDemande("É".repeat(80), IBAN, Optional.empty(), Montant.of("5"),
                "ligne 1\nligne 2 " + "x".repeat(200));

        String[] champs = virement.charge().split("\n", -1);
        assertThat(champs[4]).isEmpty();
        assertThat(champs[5]).hasSize(70);
        assertThat(champs[7]).isEqualTo("EUR5.00");
        assertThat(champs[10]).startsWith("ligne 1 ligne 2").hasSize(140);
    }

    @Test
    void anAmountOutsideTheFormatsRangeIsRefused() {
        assertThatThrownBy(() -> new VirementDemande("Étude", IBAN, Optional.empty(), Montant.ZERO, "Dossier"))
                .hasMessageContaining("entre 0,01 €");
    }
}
