package fr.etude.dossier.core.taux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.regle.RegleEnfreinte;

/** The half-year tables of the law (L313-2 CMF, L441-10 C. com.): no hole, no silent correction. */
class TableDeTauxTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 20);

    @Test
    void theNextHalfYearIsAddedAndTheCurrentOneIsNoLongerMissing() {
        TableDeTaux table = tauxLegal(new Semestre(2026, 1));
        assertThat(table.aFaire(AUJOURDHUI)).extracting(TableDeTaux.AFaire::libelle)
                .contains("taux de l'intérêt légal du 2e semestre 2026 : non saisi");

        table.ajouter(ligne(new Semestre(2026, 2), "6.65", "2.62"));

        assertThat(table.aFaire(AUJOURDHUI)).noneMatch(TableDeTaux.AFaire::manquant);
        assertThat(table.connuJusquAu()).contains(LocalDate.of(2026, 12, 31));
        assertThat(table.prochainASaisir(AUJOURDHUI)).isEqualTo(new Semestre(2027, 1));
    }

    @Test
    void aHalfYearThatWouldLeaveAHoleOrIsAlreadyThereIsRefused() {
        TableDeTaux table = tauxLegal(new Semestre(2026, 1));

        assertThatThrownBy(() -> table.ajouter(ligne(new Semestre(2027, 1), "6.65", "2.62")))
                .isInstanceOf(RegleEnfreinte.class)
                .hasMessageContaining("le 1er semestre 2027 y laisserait un trou. Saisissez d'abord le 2e semestre 2026.");
        assertThatThrownBy(() -> table.ajouter(ligne(new Semestre(2026, 1), "6.65", "2.62")))
                .hasMessage("Le 1er semestre 2026 est déjà saisi : corrigez-le plutôt.");
    }

    @Test
    void correctingAHalfYearAlreadyBegunNeedsAReason() {
        TableDeTaux table = tauxLegal(new Semestre(2026, 2));

        assertThatThrownBy(() -> table.corriger(ligne(new Semestre(2026, 2), "6.67", "2.62"), Optional.empty(), AUJOURDHUI))
                .hasMessageContaining("a commencé : des décomptes ont pu s'en servir");
        assertThat(table.corriger(ligne(new Semestre(2026, 2), "6.67", "2.62"), Optional.of("Arrêté publié au JO"), AUJOURDHUI)
                .taux()).containsExactly(new BigDecimal("6.67"), new BigDecimal("2.62"));
    }

    @Test
    void aRateMustBeAPercentageWithItsSource() {
        assertThatThrownBy(() -> ligne(new Semestre(2026, 2), "665", "2.62")).hasMessageContaining("entre 0 et 30");
        assertThatThrownBy(() -> new LigneDeTaux(new Semestre(2026, 2), List.of(new BigDecimal("2.40")), " ",
                Optional.empty(), false)).hasMessageContaining("La source est obligatoire");
    }

    private static TableDeTaux tauxLegal(Semestre dernier) {
        return new TableDeTaux(TableDeTaux.Nature.INTERET_LEGAL, List.of(
                ligne(new Semestre(2025, 2), "7.21", "2.76"), ligne(dernier, "6.67", "2.62")));
    }

    private static LigneDeTaux ligne(Semestre semestre, String particulier, String autresCas) {
        return new LigneDeTaux(semestre, List.of(new BigDecimal(particulier), new BigDecimal(autresCas)),
                "arrêté du 22 juin 2026", Optional.of(LocalDate.of(2026, 6, 27)), true);
    }
}
