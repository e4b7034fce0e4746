package fr.etude.dossier.core.chiffre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.regle.RegleEnfreinte;

/** The figures of the law are read by date: the value in force on the day that matters, or a refusal that names it. */
class TableDuChiffreTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 20);

    @Test
    void theDelayToServeAnInjonctionDePayerIsTheOneInForceOnTheDateOfTheOrder() {
        TableDuChiffre delais = table(ChiffreDeLaLoi.DELAI_SIGNIFICATION_INJONCTION,
                ligne(ChiffreDeLaLoi.DELAI_SIGNIFICATION_INJONCTION, "2000-01-01", "6", true),
                ligne(ChiffreDeLaLoi.DELAI_SIGNIFICATION_INJONCTION, "2026-04-01", "3", false));

        // Order of Tuesday 31/03/2026: 6 months (art. 1411 CPC before décret 2026-96); 31/09 does not
        // exist, so the period ends on the last day of September (art. 641 CPC), Wednesday 30/09/2026.
        assertThat(delais.finDuDelai(LocalDate.of(2026, 3, 31), false)).isEqualTo(LocalDate.of(2026, 9, 30));
        // Order of Wednesday 01/04/2026: 3 months, to Wednesday 01/07/2026, a working day.
        assertThat(delais.finDuDelai(LocalDate.of(2026, 4, 1), false)).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void aDelayInDaysThatEndsOnASaturdayRunsToTheMondayAfter() {
        TableDuChiffre commandement = table(ChiffreDeLaLoi.DELAI_COMMANDEMENT_SAISIE_VENTE,
                ligne(ChiffreDeLaLoi.DELAI_COMMANDEMENT_SAISIE_VENTE, "2012-06-01", "8", true));

        // Served on Friday 20/11/2026: 8 days from the day after (art. 641 CPC) end on Saturday
        // 28/11/2026, moved to Monday 30/11/2026 (art. 642 CPC).
        assertThat(commandement.finDuDelai(AUJOURDHUI, false)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aFigureNotYetInForceIsRefusedWithItsArticle() {
        TableDuChiffre plafonds = table(ChiffreDeLaLoi.PLAFOND_PETITES_CREANCES,
                ligne(ChiffreDeLaLoi.PLAFOND_PETITES_CREANCES, "2022-01-01", "5000", true));

        assertThat(plafonds.montantLe(AUJOURDHUI)).isEqualTo(Montant.of("5000.00"));
        assertThatThrownBy(() -> plafonds.montantLe(LocalDate.of(2021, 12, 31)))
                .hasMessage("Le chiffre « Plafond des petites créances » (art. L125-1 et R125-1 CPCE) en vigueur le 31/12/2021 "
                        + "n'est pas saisi : l'administrateur doit le saisir.");
    }

    @Test
    void aNewValueComesAfterTheLastOneAndEndsItsPeriod() {
        TableDuChiffre heures = table(ChiffreDeLaLoi.HEURE_DERNIER_ACTE, ligne(ChiffreDeLaLoi.HEURE_DERNIER_ACTE, "2012-06-01", "21", true));

        heures.ajouter(ligne(ChiffreDeLaLoi.HEURE_DERNIER_ACTE, "2027-01-01", "20", false));

        assertThat(heures.periodes()).extracting(periode -> periode.ligne().valeurEcrite(), TableDuChiffre.Periode::fin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("20 h", Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple("21 h", Optional.of(LocalDate.of(2026, 12, 31))));
        assertThatThrownBy(() -> heures.ajouter(ligne(ChiffreDeLaLoi.HEURE_DERNIER_ACTE, "2020-01-01", "22", false)))
                .hasMessage("La période qui commencerait le 01/01/2020 chevaucherait celle de la valeur en vigueur du 01/06/2012 : "
                        + "une nouvelle valeur entre en vigueur après le 01/01/2027, ou corrigez celle de la période.");
        assertThatThrownBy(() -> heures.ajouter(ligne(ChiffreDeLaLoi.HEURE_DERNIER_ACTE, "2027-01-01", "22", false)))
                .hasMessage("Une valeur entre déjà en vigueur le 01/01/2027 : corrigez-la plutôt.");

        heures.ajouter(ligne(ChiffreDeLaLoi.HEURE_DERNIER_ACTE, "2000-01-01", "21", false));
        assertThat(heures.periodes().get(2).fin()).as("an older value ends where the first began").contains(LocalDate.of(2012, 5, 31));
    }

    @Test
    void theRsaOfAprilMissingIsSaidAndAYearCannotBeSkipped() {
        TableDuChiffre rsa = table(ChiffreDeLaLoi.RSA_PERSONNE_SEULE, ligne(ChiffreDeLaLoi.RSA_PERSONNE_SEULE, "2025-04-01", "646.52", true));

        assertThat(rsa.revalorisationManquanteLe(LocalDate.of(2026, 3, 31))).isEmpty();
        assertThat(rsa.revalorisationManquanteLe(LocalDate.of(2026, 4, 1))).contains(LocalDate.of(2026, 4, 1));
        assertThat(rsa.aFaire(AUJOURDHUI)).extracting(TableDuChiffre.AFaire::libelle).containsExactly("RSA au 01/04/2026 : non saisi");
        assertThat(rsa.enVigueurLe(AUJOURDHUI)).as("the last value, said not current by the caller")
                .map(LigneDeChiffre::valeur).contains(new BigDecimal("646.52"));
        assertThatThrownBy(() -> rsa.ajouter(ligne(ChiffreDeLaLoi.RSA_PERSONNE_SEULE, "2027-04-01", "670", false)))
                .hasMessage("Le chiffre « RSA » est revalorisé chaque année : une valeur au 01/04/2027 laisserait un trou. "
                        + "Saisissez d'abord celle du 01/04/2026.");

        rsa.ajouter(ligne(ChiffreDeLaLoi.RSA_PERSONNE_SEULE, "2026-04-01", "655.00", false));
        assertThat(rsa.aFaire(AUJOURDHUI)).extracting(TableDuChiffre.AFaire::libelle).containsExactly("RSA au 01/04/2026 : à confirmer");
    }

    @Test
    void correctingAValueInForceAsksForAReason() {
        TableDuChiffre opposition = table(ChiffreDeLaLoi.DELAI_OPPOSITION_INJONCTION,
                ligne(ChiffreDeLaLoi.DELAI_OPPOSITION_INJONCTION, "2000-01-01", "1", false));
        LigneDeChiffre confirmee = ligne(ChiffreDeLaLoi.DELAI_OPPOSITION_INJONCTION, "2000-01-01", "1", true);

        assertThatThrownBy(() -> opposition.corriger(confirmee, Optional.of(" "), AUJOURDHUI))
                .isInstanceOfSatisfying(RegleEnfreinte.class, refus -> assertThat(refus.sujet()).contains(RegleEnfreinte.Sujet.MOTIF))
                .hasMessageContaining("Dites pourquoi vous la corrigez.");
        opposition.corriger(confirmee, Optional.of("Vérifié sur Légifrance"), AUJOURDHUI);
        assertThat(opposition.aFaire(AUJOURDHUI)).isEmpty();
    }

    @Test
    void aValueIsReadInItsUnitAndWithinItsBounds() {
        assertThat(ChiffreDeLaLoi.PLAFOND_PETITES_CREANCES.lire("5 000,5")).isEqualByComparingTo("5000.50");
        assertThatThrownBy(() -> ChiffreDeLaLoi.DELAI_OPPOSITION_INJONCTION.lire("un"))
                .hasMessage("« un » n'est pas un nombre entier (en mois).");
        assertThatThrownBy(() -> ChiffreDeLaLoi.DELAI_DENONCIATION_SAISIE_ATTRIBUTION.lire("8,5"))
                .hasMessage("Ce chiffre se compte en jours entiers.");
        assertThatThrownBy(() -> ChiffreDeLaLoi.HEURE_PREMIER_ACTE.lire("13"))
                .hasMessage("13 h est hors des bornes de ce chiffre : entre 0 h et 12 h.");
    }

    private static TableDuChiffre table(ChiffreDeLaLoi chiffre, LigneDeChiffre... lignes) {
        return new TableDuChiffre(chiffre, List.of(lignes));
    }

    private static LigneDeChiffre ligne(ChiffreDeLaLoi chiffre, String debut, String valeur, boolean confirme) {
        return new LigneDeChiffre(chiffre, LocalDate.parse(debut), new BigDecimal(valeur), "source de test", Optional.empty(), confirme);
    }
}
