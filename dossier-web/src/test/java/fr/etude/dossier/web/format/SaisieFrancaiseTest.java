package fr.etude.dossier.web.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;

class SaisieFrancaiseTest {

    @Test
    void amountsAreReadTheFrenchWay() {
        assertThat(SaisieFrancaise.montant("1 234,56")).isEqualTo(Montant.of("1234.56"));
        assertThat(SaisieFrancaise.montant("1\u202f234,5 €")).isEqualTo(Montant.of("1234.50"));
        assertThatThrownBy(() -> SaisieFrancaise.montant("12,345"))
                .hasMessage("« 12,345 » a plus de deux décimales : un montant se saisit au centime.");
        assertThatThrownBy(() -> SaisieFrancaise.montant("  ")).hasMessage("Le montant est obligatoire (ex. 1 234,56).");
    }

    @Test
    void datesAndHoursAreReadTheFrenchWay() {
        assertThat(SaisieFrancaise.date("30/11/2026")).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThatThrownBy(() -> SaisieFrancaise.date("31/02/2026")).hasMessageContaining("n'est pas une date jj/mm/aaaa");
        assertThatThrownBy(() -> SaisieFrancaise.date("")).hasMessage("La date est obligatoire (jj/mm/aaaa).");
        assertThat(SaisieFrancaise.heure("14h30")).isEqualTo(LocalTime.of(14, 30));
        assertThat(SaisieFrancaise.heure("9h")).isEqualTo(LocalTime.of(9, 0));
        assertThatThrownBy(() -> SaisieFrancaise.heure("")).hasMessage("L'heure est obligatoire (hh:mm).");
    }

    @Test
    void wholeNumbersAreReadWithinTheirBoundsAndAnErrorIsNamedAfterItsField() {
        assertThat(SaisieFrancaise.entier(" 12 ", 1, 120, "échéances")).isEqualTo(12);
        assertThatThrownBy(() -> SaisieFrancaise.entier("trois", 1, 120, "échéances"))
                .hasMessage("« trois » n'est pas un nombre entier.");
        assertThatThrownBy(() -> SaisieFrancaise.entier("121", 1, 120, "échéances")).hasMessage("Entre 1 et 120 échéances.");
        assertThatThrownBy(() -> SaisieFrancaise.entier("", 0, 20, "")).hasMessage("Le nombre est obligatoire.");
        assertThat(SaisieFrancaise.pourLeChamp("Date", "La date est obligatoire.")).isEqualTo("Date : la date est obligatoire.");
        assertThat(SaisieFrancaise.pourLeChamp("Montant", "« 1,234 » est trop long.")).isEqualTo("Montant : « 1,234 » est trop long.");
    }
}
