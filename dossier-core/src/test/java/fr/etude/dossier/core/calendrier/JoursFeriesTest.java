package fr.etude.dossier.core.calendrier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JoursFeriesTest {

    /** The movable holidays as the official calendar gives them (Easter Monday, Ascension, Whit Monday). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2024, 2024-04-01, 2024-05-09, 2024-05-20",
            "2025, 2025-04-21, 2025-05-29, 2025-06-09",
            "2026, 2026-04-06, 2026-05-14, 2026-05-25",
            "2027, 2027-03-29, 2027-05-06, 2027-05-17",
            "2028, 2028-04-17, 2028-05-25, 2028-06-05",
            "2029, 2029-04-02, 2029-05-10, 2029-05-21",
            "2030, 2030-04-22, 2030-05-30, 2030-06-10",
            "2031, 2031-04-14, 2031-05-22, 2031-06-02",
            "2032, 2032-03-29, 2032-05-06, 2032-05-17"})
    void theElevenHolidaysOfEachYear(int annee, LocalDate lundiDePaques, LocalDate ascension, LocalDate pentecote) {
        assertThat(JoursFeries.de(annee, false)).containsExactlyInAnyOrder(
                LocalDate.of(annee, 1, 1), lundiDePaques, LocalDate.of(annee, 5, 1), LocalDate.of(annee, 5, 8),
                ascension, pentecote, LocalDate.of(annee, 7, 14), LocalDate.of(annee, 8, 15),
                LocalDate.of(annee, 11, 1), LocalDate.of(annee, 11, 11), LocalDate.of(annee, 12, 25));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2024, 2024-03-29", "2025, 2025-04-18", "2026, 2026-04-03", "2027, 2027-03-26", "2028, 2028-04-14",
            "2029, 2029-03-30", "2030, 2030-04-19", "2031, 2031-04-11", "2032, 2032-03-26"})
    void alsaceMoselleAddsGoodFridayAndSaintStephen(int annee, LocalDate vendrediSaint) {
        assertThat(JoursFeries.de(annee, true)).hasSize(13)
                .contains(vendrediSaint, LocalDate.of(annee, 12, 26))
                .containsAll(JoursFeries.de(annee, false));
    }

    @ParameterizedTest
    @CsvSource({"57000, true", "67000, true", "68100, true", "75011, false", "69003, false", "'', false"})
    void theLocalLawFollowsTheDepartement(String codePostal, boolean alsaceMoselle) {
        assertThat(JoursFeries.estAlsaceMoselle(codePostal)).isEqualTo(alsaceMoselle);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource({
            "2026-11-20, false, 2026-11-20",   // a Friday: unchanged
            "2026-11-21, false, 2026-11-23",   // Saturday → Monday
            "2026-12-25, false, 2026-12-28",   // Christmas (Friday) → Monday
            "2026-12-24, true,  2026-12-24",   // Thursday before Christmas stays
            "2026-12-26, true,  2026-12-28",   // Saturday 26/12 → Monday
            "2026-04-03, true,  2026-04-07",   // Good Friday in Moselle → Easter Monday is also off → Tuesday
            "2026-04-03, false, 2026-04-03",   // Good Friday elsewhere: a working day
            "2026-05-01, false, 2026-05-04"})  // 1st of May, a Friday → Monday
    void aDeadlineEndingOnADayOffRunsToTheNextWorkingDay(LocalDate echeance, boolean alsaceMoselle, LocalDate attendu) {
        assertThat(Delais.reporteAuJourOuvrable(echeance, alsaceMoselle)).isEqualTo(attendu);
    }

    @ParameterizedTest(name = "{0} + {1} mois → {2}")
    @CsvSource({"2026-01-31, 1, 2026-03-02", "2026-06-15, 1, 2026-07-15", "2026-10-11, 1, 2026-11-12"})
    void aDeadlineInMonthsEndsOnTheSameDayOfTheMonthOrItsLastDay(LocalDate depart, int mois, LocalDate attendu) {
        // 31/01 + 1 month = 28/02/2026 (a Saturday) → Monday 02/03; 11/10 + 1 month = 11/11 (holiday) → 12/11.
        assertThat(Delais.enMois(depart, mois, false)).isEqualTo(attendu);
    }
}
