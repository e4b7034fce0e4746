package fr.etude.dossier.core.decompte;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.core.taux.BaremePublie;
import fr.etude.dossier.core.creancier.CategorieCreancier;

/** What must hold for every décompte, whatever the debts and payments. */
class ProprietesDuDecompteTest {

    private static final ParametresLegaux LOI = ParametresLegaux.enVigueur();
    private static final LocalDate ARRETE = LocalDate.of(2025, 12, 31);
    private final MoteurDeDecompte moteur = new MoteurDeDecompte(BaremePublie.charger(), LOI);

    @Property(tries = 300)
    void imputationConservesEveryCent(@ForAll("demandes") DemandeDeDecompte demande) {
        Decompte decompte = moteur.calculer(demande);

        Montant imputes = decompte.imputations().stream().map(Imputation::montant).reduce(Montant.ZERO, Montant::plus);
        assertThat(imputes).isEqualTo(decompte.totalImpute());
        assertThat(imputes.plus(decompte.excedent())).isEqualTo(decompte.paiementsRetenus());
        assertThat(decompte.imputations()).allSatisfy(imputation -> assertThat(imputation.montant().estPositif()).isTrue());
    }

    @Property(tries = 300)
    void theBalanceIsWhatIsDueLessWhatPaymentsSettled(@ForAll("demandes") DemandeDeDecompte demande) {
        Decompte decompte = moteur.calculer(demande);

        assertThat(decompte.solde()).isEqualTo(decompte.totalDu().moins(decompte.totalImpute()));
        Montant restants = decompte.creances().stream()
                .map(s -> s.capitalRestant().plus(s.interetsRestants()).plus(s.accessoiresRestants()))
                .reduce(decompte.frais().moins(decompte.payeFrais()), Montant::plus);
        assertThat(decompte.solde()).isEqualTo(restants);
        assertThat(decompte.solde().estNegatif()).isFalse();
        assertThat(decompte.excedent().estPositif() && decompte.solde().estPositif())
                .as("an excess exists only once everything is paid").isFalse();
    }

    @Property(tries = 200)
    void theOrderInWhichPaymentsWereEnteredChangesNothing(@ForAll("demandes") DemandeDeDecompte demande,
                                                         @ForAll long graine) {
        List<PaiementADecompter> melanges = new ArrayList<>(demande.paiements());
        Collections.shuffle(melanges, new Random(graine));
        DemandeDeDecompte autreOrdre = new DemandeDeDecompte(demande.dateArrete(), demande.creances(), melanges,
                demande.frais(), demande.conventions());

        assertThat(moteur.calculer(autreOrdre)).isEqualTo(moteur.calculer(demande));
    }

    @Property(tries = 200)
    void theSameRequestGivesTheSameCents(@ForAll("demandes") DemandeDeDecompte demande) {
        assertThat(moteur.calculer(demande)).isEqualTo(moteur.calculer(demande));
    }

    @Provide
    Arbitrary<DemandeDeDecompte> demandes() {
        Arbitrary<List<CreanceADecompter>> creances = creance().list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<List<PaiementADecompter>> paiements = paiement().list().ofMaxSize(12);
        return Combinators.combine(creances, paiements, Arbitraries.of(true, false))
                .as((liste, versements, anneeCivile) -> new DemandeDeDecompte(ARRETE, liste,
                        designer(versements, liste), List.of(),
                        anneeCivile ? Conventions.parDefaut() : Conventions.parDefaut().enBase365()));
    }

    /** Some payments designate one of the créances, as a debtor may. */
    private static List<PaiementADecompter> designer(List<PaiementADecompter> paiements,
                                                     List<CreanceADecompter> creances) {
        List<PaiementADecompter> resultat = new ArrayList<>();
        for (int i = 0; i < paiements.size(); i++) {
            PaiementADecompter paiement = paiements.get(i);
            resultat.add(i % 3 == 2 ? paiement.designant(creances.get(i % creances.size()).id()) : paiement);
        }
        return resultat;
    }

    private Arbitrary<CreanceADecompter> creance() {
        Arbitrary<Montant> principal = Arbitraries.longs().between(1_000, 5_000_000).map(Montant::centimes);
        Arbitrary<LocalDate> exigibilite = jour(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31));
        Arbitrary<NatureCreance> nature = Arbitraries.of(NatureCreance.class);
        Arbitrary<Integer> variante = Arbitraries.integers().between(0, 3);
        Arbitrary<CategorieCreancier> categorie = Arbitraries.of(CategorieCreancier.class);
        return Combinators.combine(principal, exigibilite, nature, variante, categorie)
                .as((montant, echeance, genre, choix, qui) -> {
                    Creance creance = Creance.simple(montant, echeance, genre, "F-" + echeance);
                    creance = switch (choix) {
                        case 0 -> creance.avecMiseEnDemeure(echeance.plusDays(20));
                        case 1 -> creance.avecMiseEnDemeure(echeance.plusDays(5)).avecCapitalisation();
                        case 2 -> creance.avecTauxContractuel(new BigDecimal("9.50"));
                        default -> creance.avecClausePenale(Montant.euros(150));
                    };
                    return CreanceADecompter.depuis(creance, qui, LOI);
                });
    }

    private Arbitrary<PaiementADecompter> paiement() {
        return Combinators.combine(jour(LocalDate.of(2020, 6, 1), LocalDate.of(2026, 2, 28)),
                        Arbitraries.longs().between(1, 1_500_000).map(Montant::centimes),
                        Arbitraries.integers().between(0, 9))
                .as((date, montant, sort) -> {
                    PaiementADecompter paiement = PaiementADecompter.le(date, montant);
                    return sort == 0 ? paiement.contrepasse(date.plusDays(10)) : paiement;
                });
    }

    private static Arbitrary<LocalDate> jour(LocalDate debut, LocalDate fin) {
        return Arbitraries.longs().between(0, fin.toEpochDay() - debut.toEpochDay()).map(debut::plusDays);
    }
}
