package fr.etude.dossier.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.core.decompte.Conventions;
import fr.etude.dossier.core.decompte.CreanceADecompter;
import fr.etude.dossier.core.decompte.Decompte;
import fr.etude.dossier.core.decompte.DemandeDeDecompte;
import fr.etude.dossier.core.decompte.MoteurDeDecompte;
import fr.etude.dossier.core.decompte.PaiementADecompter;
import fr.etude.dossier.core.decompte.ParametresLegaux;
import fr.etude.dossier.core.taux.BaremePublie;
import fr.etude.dossier.core.creancier.CategorieCreancier;

/**
 * The décompte of a realistic heavy dossier: 5 créances (legal rate, contractual rate with yearly
 * capitalisation, B2B penalties) and 24 payments over 6 years (2020-2025).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class DecompteBenchmark {

    private MoteurDeDecompte moteur;
    private DemandeDeDecompte demande;

    @Setup
    public void preparer() {
        ParametresLegaux loi = ParametresLegaux.enVigueur();
        moteur = new MoteurDeDecompte(BaremePublie.charger(), loi);
        List<CreanceADecompter> creances = List.of(
                CreanceADecompter.depuis(Creance.simple(Montant.of("12500.00"), LocalDate.of(2020, 1, 15),
                        NatureCreance.CIVILE, "Prêt").avecMiseEnDemeure(LocalDate.of(2020, 2, 3)),
                        CategorieCreancier.PARTICULIER, loi),
                CreanceADecompter.depuis(Creance.simple(Montant.of("3400.00"), LocalDate.of(2020, 6, 30),
                        NatureCreance.CIVILE, "Loyers").avecTauxContractuel(new BigDecimal("7.5")).avecCapitalisation(),
                        CategorieCreancier.AUTRES_CAS, loi),
                CreanceADecompter.depuis(Creance.simple(Montant.of("8900.00"), LocalDate.of(2021, 3, 31),
                        NatureCreance.COMMERCIALE, "F-2021-031"), CategorieCreancier.AUTRES_CAS, loi),
                CreanceADecompter.depuis(Creance.simple(Montant.of("1520.40"), LocalDate.of(2021, 9, 30),
                        NatureCreance.COMMERCIALE, "F-2021-094"), CategorieCreancier.AUTRES_CAS, loi),
                CreanceADecompter.depuis(Creance.simple(Montant.of("2750.00"), LocalDate.of(2022, 1, 10),
                        NatureCreance.CIVILE, "Reconnaissance de dette").avecMiseEnDemeure(LocalDate.of(2022, 2, 1))
                        .avecCapitalisation(), CategorieCreancier.AUTRES_CAS, loi));
        List<PaiementADecompter> paiements = new ArrayList<>();
        for (int trimestre = 0; trimestre < 24; trimestre++) {
            paiements.add(PaiementADecompter.le(LocalDate.of(2020, 3, 10).plusMonths(3L * trimestre),
                    Montant.of("650.00")));
        }
        demande = new DemandeDeDecompte(LocalDate.of(2025, 12, 31), creances, paiements, List.of(),
                Conventions.parDefaut());
    }

    @Benchmark
    public Decompte decompteDeSixAns() {
        return moteur.calculer(demande);
    }
}
