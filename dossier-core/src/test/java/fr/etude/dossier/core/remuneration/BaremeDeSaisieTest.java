package fr.etude.dossier.core.remuneration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;

/**
 * The quotité saisissable of art. R3252-2 C. trav., worked by hand on the scale of 2025 (décret
 * 2024-1231). Each band's share is exact; the yearly and the monthly amounts are rounded half-up to
 * the cent from the exact total; the monthly is the yearly divided by 12.
 */
class BaremeDeSaisieTest {

    private static final BaremeDeSaisie BAREME_2025 = new BaremeDeSaisie(2025,
            List.of(Montant.of("4440"), Montant.of("8660"), Montant.of("12890"), Montant.of("17090"), Montant.of("21300"),
                    Montant.of("25600")),
            Fraction.lire("1/20 ; 1/10 ; 1/5 ; 1/4 ; 1/3 ; 2/3"), Montant.of("1720"), "décret n° 2024-1231", Optional.empty(), true);
    /** RSA for one person from 1 April 2025 (art. R3252-5 C. trav.: always left to the debtor). */
    private static final Montant RSA = Montant.of("646.52");

    @Test
    void aSalaryOf1500EurosAMonthWithoutDependants() {
        // 1 500 × 12 = 18 000 € a year:
        //   4 440 × 1/20 = 222 ; (8 660 − 4 440) 4 220 × 1/10 = 422 ; (12 890 − 8 660) 4 230 × 1/5 = 846 ;
        //   (17 090 − 12 890) 4 200 × 1/4 = 1 050 ; (18 000 − 17 090) 910 × 1/3 = 303,333…
        //   total 2 843,333… → 2 843,33 € a year ; 2 843,333… / 12 = 236,944… → 236,94 € a month.
        QuotiteSaisissable quotite = BAREME_2025.quotite(Montant.of("1500"), 0, RSA);

        assertThat(quotite.annuelle()).isEqualTo(Montant.of("2843.33"));
        assertThat(quotite.mensuelle()).isEqualTo(Montant.of("236.94"));
        assertThat(quotite.laisseeAuDebiteur()).isEqualTo(Montant.of("1263.06"));
        assertThat(quotite.limiteeParLeRsa()).isFalse();
    }

    @Test
    void twoDependantsRaiseEveryThresholdBy3440Euros() {
        // Thresholds + 2 × 1 720 = 3 440: 7 880 / 12 100 / 16 330 / 20 530 / 24 740 / 29 040. On 18 000 €:
        //   7 880 × 1/20 = 394 ; 4 220 × 1/10 = 422 ; 4 230 × 1/5 = 846 ; (18 000 − 16 330) 1 670 × 1/4 = 417,50
        //   total 2 079,50 € a year ; 2 079,50 / 12 = 173,291… → 173,29 € a month.
        QuotiteSaisissable quotite = BAREME_2025.quotite(Montant.of("1500"), 2, RSA);

        assertThat(quotite.annuelle()).isEqualTo(Montant.of("2079.50"));
        assertThat(quotite.mensuelle()).isEqualTo(Montant.of("173.29"));
    }

    @Test
    void aboveTheLastThresholdEverythingIsSeized() {
        // 3 000 × 12 = 36 000 € a year: 222 + 422 + 846 + 1 050 = 2 540 ; (21 300 − 17 090) 4 210 × 1/3 = 1 403,333… ;
        //   (25 600 − 21 300) 4 300 × 2/3 = 2 866,666… ; (36 000 − 25 600) 10 400 in full.
        //   total 2 540 + 1 403,333… + 2 866,666… + 10 400 = 17 210,00 € a year ; 17 210 / 12 = 1 434,166… → 1 434,17 €.
        QuotiteSaisissable quotite = BAREME_2025.quotite(Montant.of("3000"), 0, RSA);

        assertThat(quotite.annuelle()).isEqualTo(Montant.of("17210.00"));
        assertThat(quotite.mensuelle()).isEqualTo(Montant.of("1434.17"));
        assertThat(quotite.laisseeAuDebiteur()).isEqualTo(Montant.of("1565.83"));
    }

    @Test
    void theDebtorAlwaysKeepsTheRsaOfOnePerson() {
        // 680 × 12 = 8 160 € a year: 222 + (8 160 − 4 440) 3 720 × 1/10 = 372 → 594 € a year, 49,50 € a month;
        // but 680 − 49,50 = 630,50 < 646,52 (art. R3252-5): only 680 − 646,52 = 33,48 € may be seized.
        QuotiteSaisissable quotite = BAREME_2025.quotite(Montant.of("680"), 0, RSA);

        assertThat(quotite.annuelle()).isEqualTo(Montant.of("594.00"));
        assertThat(quotite.mensuelle()).isEqualTo(Montant.of("33.48"));
        assertThat(quotite.laisseeAuDebiteur()).isEqualTo(RSA);
        assertThat(quotite.limiteeParLeRsa()).isTrue();
        assertThat(BAREME_2025.quotite(Montant.of("600"), 0, RSA).mensuelle()).as("below the RSA, nothing").isEqualTo(Montant.ZERO);
    }

    @Test
    void aYearIsAddedAfterTheLastAndCorrectedWithAReason() {
        TableDesBaremesDeSaisie table = new TableDesBaremesDeSaisie(List.of(BAREME_2025));
        LocalDate aujourdhui = LocalDate.of(2026, 11, 20);

        assertThat(table.aFaire(aujourdhui)).extracting(TableDesBaremesDeSaisie.AFaire::libelle)
                .containsExactly("Barème de saisie des rémunérations 2026 : non saisi");
        assertThatThrownBy(() -> table.ajouter(annee(2027))).hasMessage(
                "Les barèmes vont de 2025 à 2025 : 2027 y laisserait un trou. Saisissez d'abord 2026.");
        table.ajouter(annee(2026));
        assertThatThrownBy(() -> table.ajouter(annee(2026))).hasMessage("Le barème 2026 est déjà saisi : corrigez-le plutôt.");
        assertThat(table.aFaire(aujourdhui)).extracting(TableDesBaremesDeSaisie.AFaire::libelle)
                .containsExactly("Barème de saisie des rémunérations 2026 : à confirmer");
        assertThatThrownBy(() -> table.corriger(annee(2026), Optional.empty(), aujourdhui))
                .hasMessageContaining("Dites pourquoi vous le corrigez.");
        assertThat(table.enVigueurLe(aujourdhui).annee()).isEqualTo(2026);
    }

    @Test
    void thresholdsGoUpAndEachHasItsFraction() {
        assertThatThrownBy(() -> new BaremeDeSaisie(2026, List.of(Montant.of("4480"), Montant.of("4000")),
                Fraction.lire("1/20 ; 1/10"), Montant.of("1720"), "x", Optional.empty(), false))
                .hasMessage("Les seuils sont positifs et croissants : le seuil 2 ne l'est pas.");
        assertThatThrownBy(() -> Fraction.lire("1/20 ; un dixième"))
                .hasMessage("« un dixième » n'est pas une fraction comme 1/20 (séparez-les par des points-virgules).");
    }

    private static BaremeDeSaisie annee(int annee) {
        return new BaremeDeSaisie(annee, BAREME_2025.seuils(), BAREME_2025.fractions(), Montant.of("1720"), "à confirmer",
                Optional.empty(), false);
    }
}
