package fr.etude.dossier.web.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;

/** What a French user types, read by the formatters every form shares. */
class SaisieFrancaiseTest {

    private final MontantFormatter montants = new MontantFormatter();
    private final DateFormatter dates = new DateFormatter();
    private final HeureFormatter heures = new HeureFormatter();

    @Test
    void amountsAreReadTheFrenchWay() {
        assertThat(montants.parse("1 234,56", Locale.FRANCE)).isEqualTo(Montant.of("1234.56"));
        assertThat(montants.parse("1\u202f234,5 €", Locale.FRANCE)).isEqualTo(Montant.of("1234.50"));
        assertThat(montants.parse("1234.56", Locale.FRANCE)).isEqualTo(Montant.of("1234.56"));
        assertThat(montants.print(Montant.of("1234.5"), Locale.FRANCE)).isEqualTo("1\u202f234,50");
    }

    @Test
    void anAmountIsDigitsAndOneSeparatorNothingElse() {
        assertThatThrownBy(() -> montants.parse("1e5", Locale.FRANCE)).isInstanceOf(SaisieIllisible.class)
                .hasMessage("saisie.montant.illisible");
        assertThatThrownBy(() -> montants.parse("12,345", Locale.FRANCE)).hasMessage("saisie.montant.decimales");
        assertThatThrownBy(() -> montants.parse("1,2,3", Locale.FRANCE)).hasMessage("saisie.montant.illisible");
        assertThatThrownBy(() -> montants.parse("99999999999", Locale.FRANCE)).hasMessage("saisie.montant.tropGrand");
    }

    @Test
    void datesAndHoursAreReadTheFrenchWay() {
        assertThat(dates.parse("30/11/2026", Locale.FRANCE)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThatThrownBy(() -> dates.parse("31/02/2026", Locale.FRANCE)).hasMessage("saisie.date.illisible");
        assertThatThrownBy(() -> dates.parse("2026-11-30", Locale.FRANCE)).hasMessage("saisie.date.illisible");
        assertThat(heures.parse("14h30", Locale.FRANCE)).isEqualTo(LocalTime.of(14, 30));
        assertThat(heures.parse("9h", Locale.FRANCE)).isEqualTo(LocalTime.of(9, 0));
        assertThatThrownBy(() -> heures.parse("25h99", Locale.FRANCE)).hasMessage("saisie.heure.illisible");
    }
}
