package fr.etude.dossier.core.decompte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.core.creance.TitreExecutoire;
import fr.etude.dossier.core.taux.BaremePublie;
import fr.etude.dossier.core.taux.Semestre;
import fr.etude.dossier.core.creancier.CategorieCreancier;

/**
 * Worked examples, each computed by hand from the published rates, with the arithmetic written out.
 * Conventions: base × taux × jours / jours de l'année civile, a line from A to B counts B − A days,
 * each line rounded half-up to the cent.
 */
class ExemplesDeDecompteTest {

    private static final ParametresLegaux LOI = ParametresLegaux.enVigueur();
    private final MoteurDeDecompte moteur = new MoteurDeDecompte(BaremePublie.charger(), LOI);

    @Test
    void legalInterestIsSplitAtTheHalfYear() {
        // 1 000 € demanded on 15/03/2024 from a company's debtor (taux "autres cas"), statement 15/09/2024.
        //   16/03 → 30/06/2024: 107 j × 1 000 × 5,07 % / 366 = 14,822 → 14,82
        //   01/07 → 15/09/2024:  77 j × 1 000 × 4,92 % / 366 = 10,351 → 10,35
        Decompte decompte = calculer(LocalDate.of(2024, 9, 15), Conventions.parDefaut(),
                civile("1000.00", LocalDate.of(2024, 3, 1)).avecMiseEnDemeure(LocalDate.of(2024, 3, 15)));

        assertThat(montants(decompte)).containsExactly("14.82", "10.35");
        assertThat(decompte.lignes()).extracting(LigneInterets::jours).containsExactly(107L, 77L);
        assertThat(decompte.interets()).isEqualTo(Montant.of("25.17"));
        assertThat(decompte.solde()).isEqualTo(Montant.of("1025.17"));
    }

    @Test
    void aLineReadFromAHalfYearStillToConfirmSaysSoAndTheStatementKeepsTheRowsItRead() {
        // Same figures as above, the second half-year entered from a secondary source and not yet checked.
        Semestre premier = Semestre.contenant(LocalDate.of(2024, 3, 1));
        Semestre second = Semestre.contenant(LocalDate.of(2024, 9, 1));
        BaremePublie bareme = BaremePublie.de(
                java.util.Map.of(premier, new BigDecimal[] {new BigDecimal("8.01"), new BigDecimal("5.07")},
                        second, new BigDecimal[] {new BigDecimal("8.16"), new BigDecimal("4.92")}),
                java.util.Map.of(), java.util.Set.of(second), java.util.Set.of());
        Decompte decompte = new MoteurDeDecompte(bareme, LOI).calculer(new DemandeDeDecompte(LocalDate.of(2024, 9, 15),
                List.of(CreanceADecompter.depuis(civile("1000.00", LocalDate.of(2024, 3, 1))
                        .avecMiseEnDemeure(LocalDate.of(2024, 3, 15)), CategorieCreancier.AUTRES_CAS, LOI)),
                List.of(), List.of(), Conventions.parDefaut()));

        assertThat(montants(decompte)).as("the figures do not change").containsExactly("14.82", "10.35");
        assertThat(decompte.lignes()).extracting(ligne -> ligne.taux().aConfirmer()).containsExactly(false, true);
        assertThat(decompte.utiliseDesTauxAConfirmer()).isTrue();
        assertThat(decompte.tauxDuBareme()).containsExactly(
                new Taux(new BigDecimal("5.07"), new Taux.Source.InteretLegal(premier, CategorieCreancier.AUTRES_CAS,
                        BigDecimal.ZERO, false)),
                new Taux(new BigDecimal("4.92"), new Taux.Source.InteretLegal(second, CategorieCreancier.AUTRES_CAS,
                        BigDecimal.ZERO, true)));
    }

    @Test
    void aLeapYearDividesBy366() {
        // 2 000 € for a private creditor (taux "particulier"), demanded 31/12/2023, statement 31/03/2024.
        //   01/01 → 31/03/2024: 91 j (31 + 29 + 31) × 2 000 × 8,01 % / 366 = 39,831 → 39,83
        Decompte decompte = calculer(LocalDate.of(2024, 3, 31), Conventions.parDefaut(), CategorieCreancier.PARTICULIER,
                civile("2000.00", LocalDate.of(2023, 12, 1)).avecMiseEnDemeure(LocalDate.of(2023, 12, 31)));

        assertThat(decompte.lignes()).singleElement().satisfies(ligne -> {
            assertThat(ligne.jours()).isEqualTo(91);
            assertThat(ligne.diviseur()).isEqualTo(366);
            assertThat(ligne.montant()).isEqualTo(Montant.of("39.83"));
        });
    }

    @Test
    void theAlways365SettingDividesBy365EvenInALeapYear() {
        //   91 j × 2 000 × 8,01 % / 365 = 39,940 → 39,94
        Decompte decompte = calculer(LocalDate.of(2024, 3, 31), Conventions.parDefaut().enBase365(),
                CategorieCreancier.PARTICULIER,
                civile("2000.00", LocalDate.of(2023, 12, 1)).avecMiseEnDemeure(LocalDate.of(2023, 12, 31)));

        assertThat(montants(decompte)).containsExactly("39.94");
        assertThat(decompte.explication()).contains("Intérêts = base × taux × jours / 365.");
    }

    @Test
    void anOrdinaryYearDividesBy365() {
        // Same debt a year later: 01/01 → 31/03/2025: 90 j × 2 000 × 7,21 % / 365 = 35,556 → 35,56
        Decompte decompte = calculer(LocalDate.of(2025, 3, 31), Conventions.parDefaut(), CategorieCreancier.PARTICULIER,
                civile("2000.00", LocalDate.of(2024, 12, 1)).avecMiseEnDemeure(LocalDate.of(2024, 12, 31)));

        assertThat(montants(decompte)).containsExactly("35.56");
        assertThat(decompte.lignes().get(0).diviseur()).isEqualTo(365);
    }

    @Test
    void thePrivateCreditorsRateIsHigherThanTheOtherCasesRate() {
        // 1 000 € demanded 31/12/2025, statement 31/03/2026 (90 days, 1st half of 2026):
        //   particulier: 90 × 1 000 × 6,67 % / 365 = 16,447 → 16,45
        //   autres cas : 90 × 1 000 × 2,62 % / 365 =  6,460 →  6,46
        Creance creance = civile("1000.00", LocalDate.of(2025, 12, 1)).avecMiseEnDemeure(LocalDate.of(2025, 12, 31));

        assertThat(calculer(LocalDate.of(2026, 3, 31), Conventions.parDefaut(), CategorieCreancier.PARTICULIER, creance)
                .interets()).isEqualTo(Montant.of("16.45"));
        assertThat(calculer(LocalDate.of(2026, 3, 31), Conventions.parDefaut(), CategorieCreancier.AUTRES_CAS, creance)
                .interets()).isEqualTo(Montant.of("6.46"));
    }

    @Test
    void aPaymentGoesToInterestBeforeCapitalAndStopsInterestOnWhatItRepaid() {
        // 1 000 € demanded 31/12/2024 (autres cas, 3,71 %); 300 € paid on 31/01/2025; statement 31/03/2025.
        //   01/01 → 31/01/2025: 31 j × 1 000,00 × 3,71 % / 365 = 3,151 → 3,15
        //   the 300 € pay 3,15 of interest, then 296,85 of capital: capital 703,15
        //   01/02 → 31/03/2025: 59 j ×   703,15 × 3,71 % / 365 = 4,217 → 4,22
        //   balance: 703,15 + 4,22 = 707,37
        Creance creance = civile("1000.00", LocalDate.of(2024, 12, 1)).avecMiseEnDemeure(LocalDate.of(2024, 12, 31));
        Decompte decompte = calculer(LocalDate.of(2025, 3, 31), Conventions.parDefaut(), CategorieCreancier.AUTRES_CAS,
                List.of(creance), List.of(PaiementADecompter.le(LocalDate.of(2025, 1, 31), Montant.euros(300))), List.of());

        assertThat(montants(decompte)).containsExactly("3.15", "4.22");
        assertThat(decompte.lignes().get(1).base()).isEqualTo(Montant.of("703.15"));
        assertThat(decompte.imputations()).extracting(Imputation::composante, i -> i.montant().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Composante.INTERETS, "3.15"),
                        org.assertj.core.groups.Tuple.tuple(Composante.CAPITAL, "296.85"));
        assertThat(decompte.solde()).isEqualTo(Montant.of("707.37"));
    }

    @Test
    void theRateRisesFivePointsTwoMonthsAfterTheJudgmentWasServed() {
        // Judgment of 10/01/2025 for 5 000 € (interest from the judgment, 1231-7 C. civ.), served 15/01/2025:
        // the majoration (L313-3 CMF) applies to the days after 15/03/2025.
        //   11/01 → 15/03/2025: 64 j × 5 000 × 3,71 % / 365 = 32,526 → 32,53
        //   16/03 → 30/04/2025: 46 j × 5 000 × 8,71 % / 365 = 54,885 → 54,88
        Creance creance = civile("5000.00", LocalDate.of(2024, 6, 1)).avecTitre(new TitreExecutoire(
                TitreExecutoire.TypeTitre.JUGEMENT, "Tribunal judiciaire de Lyon", LocalDate.of(2025, 1, 10),
                java.util.Optional.of(LocalDate.of(2025, 1, 15))));
        Decompte decompte = calculer(LocalDate.of(2025, 4, 30), Conventions.parDefaut(), creance);

        assertThat(montants(decompte)).containsExactly("32.53", "54.88");
        assertThat(decompte.lignes().get(1).taux().pourcentage()).isEqualByComparingTo("8.71");
        assertThat(decompte.lignes().get(1).taux().origine()).contains("majoré de 5 points (art. L313-3 CMF)");
    }

    @Test
    void betweenProfessionalsPenaltiesRunFromTheDayAfterTheDueDateWithTheFortyEuroIndemnity() {
        // Invoice of 10 000 € due 31/01/2025, no reminder needed (L441-10 C. com.); statement 31/05/2025.
        //   01/02 → 31/05/2025: 120 j × 10 000 × (3,15 % BCE + 10) / 365 = 432,329 → 432,33
        //   + 40,00 € indemnité forfaitaire (D441-5) → due 10 472,33
        Decompte decompte = calculer(LocalDate.of(2025, 5, 31), Conventions.parDefaut(),
                Creance.simple(Montant.of("10000.00"), LocalDate.of(2025, 1, 31), NatureCreance.COMMERCIALE, "F-2025-001"));

        assertThat(montants(decompte)).containsExactly("432.33");
        assertThat(decompte.accessoires()).isEqualTo(Montant.euros(40));
        assertThat(decompte.totalDu()).isEqualTo(Montant.of("10472.33"));
    }

    @Test
    void betweenProfessionalsTheRateFollowsTheEcbRateOfEachHalfYear() {
        // Invoice of 2 500 € due 15/06/2025; statement 15/08/2025.
        //   16/06 → 30/06/2025: 15 j × 2 500 × 13,15 % / 365 = 13,510 → 13,51
        //   01/07 → 15/08/2025: 46 j × 2 500 × 12,15 % / 365 = 38,281 → 38,28
        Decompte decompte = calculer(LocalDate.of(2025, 8, 15), Conventions.parDefaut(),
                Creance.simple(Montant.of("2500.00"), LocalDate.of(2025, 6, 15), NatureCreance.COMMERCIALE, "F-77"));

        assertThat(montants(decompte)).containsExactly("13.51", "38.28");
        assertThat(decompte.totalDu()).isEqualTo(Montant.of("2591.79"));
    }

    @Test
    void interestIsCapitalisedYearlyOnlyWhenTheContractSaysSo() {
        // 10 000 € demanded 30/06/2023 (autres cas), statement 31/12/2024.
        //   01/07 → 31/12/2023: 184 j × 10 000,00 × 4,22 % / 365 = 212,734 → 212,73
        //   01/01 → 30/06/2024: 182 j × 10 000,00 × 5,07 % / 366 = 252,115 → 252,11
        //   30/06/2024: 212,73 + 252,11 = 464,84 capitalised (1343-2): base 10 464,84
        //   01/07 → 31/12/2024: 184 j × 10 464,84 × 4,92 % / 366 = 258,842 → 258,84   (total 723,68)
        // Without the clause the last line is 184 × 10 000 × 4,92 % / 366 = 247,344 → 247,34 (total 712,18).
        Creance creance = civile("10000.00", LocalDate.of(2023, 6, 1)).avecMiseEnDemeure(LocalDate.of(2023, 6, 30));

        Decompte avecClause = calculer(LocalDate.of(2024, 12, 31), Conventions.parDefaut(), creance.avecCapitalisation());
        Decompte sansClause = calculer(LocalDate.of(2024, 12, 31), Conventions.parDefaut(), creance);

        assertThat(montants(avecClause)).containsExactly("212.73", "252.11", "258.84");
        assertThat(avecClause.creances().get(0).interetsCapitalises()).isEqualTo(Montant.of("464.84"));
        assertThat(avecClause.interets()).isEqualTo(Montant.of("723.68"));
        assertThat(montants(sansClause)).containsExactly("212.73", "252.11", "247.34");
        assertThat(sansClause.interets()).isEqualTo(Montant.of("712.18"));
    }

    @Test
    void aPaymentGoesFirstToTheCreanceThatCostsTheDebtorMost() {
        // Two debts of 1 000 € from 31/12/2024: one at 10 % by contract, one at the legal rate (3,71 %).
        //   contract: 90 j × 1 000 × 10 %   / 365 = 24,658 → 24,66
        //   legal   : 90 j × 1 000 × 3,71 % / 365 =  9,148 →  9,15
        // 600 € paid 31/03/2025 with no designation: the 10 % debt first (1342-10): 24,66 interest + 575,34 capital.
        Creance contrat = civile("1000.00", LocalDate.of(2024, 12, 31)).avecTauxContractuel(BigDecimal.TEN);
        Creance legale = civile("1000.00", LocalDate.of(2024, 12, 1)).avecMiseEnDemeure(LocalDate.of(2024, 12, 31));
        Decompte decompte = calculer(LocalDate.of(2025, 3, 31), Conventions.parDefaut(), CategorieCreancier.AUTRES_CAS,
                List.of(legale, contrat), List.of(PaiementADecompter.le(LocalDate.of(2025, 3, 31), Montant.euros(600))),
                List.of());

        SituationCreance aDixPourCent = situation(decompte, contrat);
        assertThat(aDixPourCent.payeInterets()).isEqualTo(Montant.of("24.66"));
        assertThat(aDixPourCent.payeCapital()).isEqualTo(Montant.of("575.34"));
        assertThat(situation(decompte, legale).paye()).isEqualTo(Montant.ZERO);
        assertThat(decompte.solde()).isEqualTo(Montant.of("1433.81"));
    }

    @Test
    void theDebtorMayDesignateTheCreanceHePays() {
        // Same debts; the debtor points his 600 € at the legal-rate debt: 9,15 interest + 590,85 capital.
        Creance contrat = civile("1000.00", LocalDate.of(2024, 12, 31)).avecTauxContractuel(BigDecimal.TEN);
        Creance legale = civile("1000.00", LocalDate.of(2024, 12, 1)).avecMiseEnDemeure(LocalDate.of(2024, 12, 31));
        Decompte decompte = calculer(LocalDate.of(2025, 3, 31), Conventions.parDefaut(), CategorieCreancier.AUTRES_CAS,
                List.of(legale, contrat),
                List.of(PaiementADecompter.le(LocalDate.of(2025, 3, 31), Montant.euros(600)).designant(legale.id())),
                List.of());

        assertThat(situation(decompte, legale).payeInterets()).isEqualTo(Montant.of("9.15"));
        assertThat(situation(decompte, legale).payeCapital()).isEqualTo(Montant.of("590.85"));
        assertThat(situation(decompte, contrat).paye()).isEqualTo(Montant.ZERO);
        assertThat(decompte.solde()).isEqualTo(Montant.of("1433.81"));
    }

    @Test
    void equalDebtsArePaidProRata() {
        // Two debts with no interest, due the same day: 300 € and 100 €. 200 € paid: 3/4 and 1/4 → 150 and 50.
        Creance grande = civile("300.00", LocalDate.of(2025, 1, 10));
        Creance petite = civile("100.00", LocalDate.of(2025, 1, 10));
        Decompte decompte = calculer(LocalDate.of(2025, 3, 1), Conventions.parDefaut(), CategorieCreancier.AUTRES_CAS,
                List.of(grande, petite), List.of(PaiementADecompter.le(LocalDate.of(2025, 2, 1), Montant.euros(200))),
                List.of());

        assertThat(situation(decompte, grande).payeCapital()).isEqualTo(Montant.euros(150));
        assertThat(situation(decompte, petite).payeCapital()).isEqualTo(Montant.euros(50));
        assertThat(decompte.lignes()).isEmpty();
        assertThat(decompte.creances().get(0).regime()).contains("aucun intérêt");
    }

    @Test
    void costsOfEnforcementArePaidFirst() {
        // 800 € owed under a notarial deed (a titre exécutoire; no interest asked), enforcement costs of
        // 150 € on 05/02/2025;
        // 100 € paid 10/02/2025 go to the costs; 200 € paid 20/02/2025: 50 to the costs, 150 to the capital.
        Creance creance = civile("800.00", LocalDate.of(2024, 10, 1)).avecTitre(new TitreExecutoire(
                TitreExecutoire.TypeTitre.ACTE_NOTARIE, "Me Duval, notaire à Nantes",
                LocalDate.of(2024, 11, 15), java.util.Optional.empty()));
        Decompte decompte = calculer(LocalDate.of(2025, 3, 1), Conventions.parDefaut(), CategorieCreancier.AUTRES_CAS,
                List.of(creance),
                List.of(PaiementADecompter.le(LocalDate.of(2025, 2, 10), Montant.euros(100)),
                        PaiementADecompter.le(LocalDate.of(2025, 2, 20), Montant.euros(200))),
                List.of(new FraisADecompter(LocalDate.of(2025, 2, 5), "commandement de payer", Montant.euros(150),
                        FraisADecompter.NatureFrais.EXECUTION)));

        assertThat(decompte.payeFrais()).isEqualTo(Montant.euros(150));
        assertThat(decompte.creances().get(0).payeCapital()).isEqualTo(Montant.euros(150));
        assertThat(decompte.solde()).isEqualTo(Montant.euros(650));
    }

    @Test
    void recoveryCostsWithoutTitleAreRefusedOnTheDebtorsSide() {
        Creance creance = civile("800.00", LocalDate.of(2024, 10, 1));

        assertThatThrownBy(() -> calculer(LocalDate.of(2025, 3, 1), Conventions.parDefaut(), CategorieCreancier.AUTRES_CAS,
                List.of(creance), List.of(), List.of(new FraisADecompter(LocalDate.of(2025, 2, 5), "lettre de relance",
                        Montant.euros(30), FraisADecompter.NatureFrais.RECOUVREMENT_AMIABLE))))
                .isInstanceOf(DecompteImpossible.class)
                .hasMessageContaining("restent à la charge du créancier (art. L111-8 CPCE)");
        assertThatThrownBy(() -> calculer(LocalDate.of(2025, 3, 1), Conventions.parDefaut(), CategorieCreancier.AUTRES_CAS,
                List.of(creance), List.of(), List.of(new FraisADecompter(LocalDate.of(2025, 2, 5), "saisie-vente",
                        Montant.euros(120), FraisADecompter.NatureFrais.EXECUTION))))
                .isInstanceOf(DecompteImpossible.class)
                .hasMessageContaining("supposent un titre exécutoire");
    }

    @Test
    void aConsumerNeverOwesTheFortyEurosNorTheB2BPenalties() {
        Creance consommation = Creance.simple(Montant.of("500.00"), LocalDate.of(2025, 1, 31),
                NatureCreance.CONSOMMATION, "Facture 12");

        Decompte decompte = calculer(LocalDate.of(2025, 5, 31), Conventions.parDefaut(), consommation);

        assertThat(decompte.accessoires()).isEqualTo(Montant.ZERO);
        assertThat(decompte.interets()).isEqualTo(Montant.ZERO);
        assertThatThrownBy(() -> new CreanceADecompter(consommation.id(), "Facture 12", NatureCreance.CONSOMMATION,
                consommation.principal(), consommation.exigibilite(),
                new RegimeInterets.PenalitesCommerciales(consommation.exigibilite(), java.util.Optional.empty()), false,
                List.of(), false))
                .isInstanceOf(DecompteImpossible.class).hasMessageContaining("qu'entre professionnels");
    }

    @Test
    void aHalfYearMissingFromTheRateTableIsRefusedByName() {
        Creance creance = civile("1000.00", LocalDate.of(2026, 5, 1)).avecMiseEnDemeure(LocalDate.of(2026, 5, 15));

        assertThatThrownBy(() -> calculer(LocalDate.of(2026, 8, 31), Conventions.parDefaut(), creance))
                .isInstanceOf(DecompteImpossible.class)
                .hasMessage("Le taux de l'intérêt légal du 2e semestre 2026 (autres cas) n'est pas connu : "
                        + "complétez le barème avant d'établir ce décompte.");
        assertThatThrownBy(() -> calculer(LocalDate.of(2026, 1, 15), Conventions.parDefaut(), Creance.simple(
                Montant.of("900.00"), LocalDate.of(2025, 11, 15), NatureCreance.COMMERCIALE, "F-9")))
                .isInstanceOf(DecompteImpossible.class)
                .hasMessageContaining("BCE applicable au 1er semestre 2026 n'est pas connu");
    }

    @Test
    void anUnpaidChequeAndALaterPaymentAreNotCounted() {
        Creance creance = civile("400.00", LocalDate.of(2025, 1, 10));
        Decompte decompte = calculer(LocalDate.of(2025, 3, 1), Conventions.parDefaut(), CategorieCreancier.AUTRES_CAS,
                List.of(creance),
                List.of(PaiementADecompter.le(LocalDate.of(2025, 2, 1), Montant.euros(100)).contrepasse(LocalDate.of(2025, 2, 12)),
                        PaiementADecompter.le(LocalDate.of(2025, 3, 5), Montant.euros(50)),
                        PaiementADecompter.le(LocalDate.of(2025, 2, 20), Montant.euros(30))),
                List.of());

        assertThat(decompte.paiementsRetenus()).isEqualTo(Montant.euros(30));
        assertThat(decompte.solde()).isEqualTo(Montant.euros(370));
        assertThat(decompte.explication()).anyMatch(ligne -> ligne.contains("contre-passé le 12/02/2025"))
                .anyMatch(ligne -> ligne.contains("postérieur à la date d'arrêté"));
    }

    @Test
    void whatIsPaidBeyondTheDebtIsAnExcessToReturn() {
        Creance creance = civile("100.00", LocalDate.of(2025, 1, 10));
        Decompte decompte = calculer(LocalDate.of(2025, 3, 1), Conventions.parDefaut(), CategorieCreancier.AUTRES_CAS,
                List.of(creance), List.of(PaiementADecompter.le(LocalDate.of(2025, 2, 1), Montant.of("120.50"))), List.of());

        assertThat(decompte.solde()).isEqualTo(Montant.ZERO);
        assertThat(decompte.excedent()).isEqualTo(Montant.of("20.50"));
    }

    @Test
    void theExplanationReadsLikeTheStatementTheOfficeSigns() {
        Decompte decompte = calculer(LocalDate.of(2024, 9, 15), Conventions.parDefaut(),
                civile("1000.00", LocalDate.of(2024, 3, 1)).avecMiseEnDemeure(LocalDate.of(2024, 3, 15)));

        assertThat(decompte.explication().get(0)).isEqualTo("Décompte arrêté au 15/09/2024.");
        assertThat(decompte.lignes().get(0).libelle()).isEqualTo(
                "Du 16/03/2024 au 30/06/2024 : 1\u202f000,00\u00a0€ × 5,07 % × 107 j / 366 = 14,82\u00a0€ "
                        + "(intérêt légal, 1er semestre 2024 (autres cas))");
        assertThat(decompte.explication()).anyMatch(ligne -> ligne.startsWith("Entre plusieurs créances (art. 1342-10 C. civ.)"));
    }

    private static Creance civile(String principal, LocalDate exigibilite) {
        return Creance.simple(Montant.of(principal), exigibilite, NatureCreance.CIVILE, "Facture du " + exigibilite);
    }

    private Decompte calculer(LocalDate arrete, Conventions conventions, Creance creance) {
        return calculer(arrete, conventions, CategorieCreancier.AUTRES_CAS, creance);
    }

    private Decompte calculer(LocalDate arrete, Conventions conventions, CategorieCreancier categorie, Creance creance) {
        return calculer(arrete, conventions, categorie, List.of(creance), List.of(), List.of());
    }

    private Decompte calculer(LocalDate arrete, Conventions conventions, CategorieCreancier categorie,
                              List<Creance> creances, List<PaiementADecompter> paiements, List<FraisADecompter> frais) {
        return moteur.calculer(new DemandeDeDecompte(arrete,
                creances.stream().map(creance -> CreanceADecompter.depuis(creance, categorie, LOI)).toList(),
                paiements, frais, conventions));
    }

    private static List<String> montants(Decompte decompte) {
        return decompte.lignes().stream().map(ligne -> ligne.montant().toString()).toList();
    }

    private static SituationCreance situation(Decompte decompte, Creance creance) {
        return decompte.creances().stream().filter(s -> s.creance().equals(creance.id())).findFirst().orElseThrow();
    }
}
