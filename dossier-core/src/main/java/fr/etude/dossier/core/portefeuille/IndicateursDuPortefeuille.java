package fr.etude.dossier.core.portefeuille;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.SynthesePortefeuille;
import fr.etude.dossier.core.portefeuille.TableauDeBord.Cohorte;
import fr.etude.dossier.core.portefeuille.TableauDeBord.DossiersALEtape;
import fr.etude.dossier.core.portefeuille.TableauDeBord.RecouvreDuMois;

/**
 * A créancier's dashboard on a day: what was recovered in each of the last 12 months (the current one
 * included, to date), the balance still owed by age, its dossiers in progress by stage, and the recovery
 * rate of the dossiers opened in each of the last 8 quarters and of the whole portfolio. Every period is
 * complete, months and quarters without figures at zero, so that a chart never skips one.
 */
public record IndicateursDuPortefeuille(LocalDate au, List<RecouvreDuMois> recouvreParMois, Montant recouvreSurLaPeriode,
                                        List<Anciennete> anciennete, Montant encours, List<DossiersALEtape> parEtape,
                                        List<Cohorte> parTrimestre, TauxDeRecouvrement global) {

    public static final int MOIS = 12;
    public static final int TRIMESTRES = 8;

    public record Anciennete(TrancheDAnciennete tranche, long dossiers, Montant solde) {
    }

    /**
     * @param synthese the portfolio's totals (every dossier, closed ones too), for the overall rate
     */
    public static IndicateursDuPortefeuille au(LocalDate aujourdhui, CreancierId creancier, TableauDeBord tableau,
                                               SynthesePortefeuille synthese) {
        LocalDate premierMois = aujourdhui.withDayOfMonth(1).minusMonths(MOIS - 1);
        Map<LocalDate, RecouvreDuMois> recouvre = tableau.recouvreParMois(creancier, premierMois, aujourdhui).stream()
                .collect(Collectors.toMap(RecouvreDuMois::mois, Function.identity()));
        List<RecouvreDuMois> mois = new ArrayList<>();
        Montant total = Montant.ZERO;
        for (int i = 0; i < MOIS; i++) {
            LocalDate debut = premierMois.plusMonths(i);
            RecouvreDuMois ligne = recouvre.getOrDefault(debut, new RecouvreDuMois(debut, Montant.ZERO, 0));
            mois.add(ligne);
            total = total.plus(ligne.recouvre());
        }

        Map<TrancheDAnciennete, long[]> dossiersParTranche = new EnumMap<>(TrancheDAnciennete.class);
        Map<TrancheDAnciennete, Montant> soldeParTranche = new EnumMap<>(TrancheDAnciennete.class);
        Montant encours = Montant.ZERO;
        for (TableauDeBord.EncoursDuJour jour : tableau.encoursParExigibilite(creancier)) {
            TrancheDAnciennete tranche = TrancheDAnciennete.de(jour.exigibilite(), aujourdhui);
            dossiersParTranche.computeIfAbsent(tranche, t -> new long[1])[0] += jour.dossiers();
            soldeParTranche.merge(tranche, jour.solde(), Montant::plus);
            encours = encours.plus(jour.solde());
        }
        List<Anciennete> anciennete = new ArrayList<>();
        for (TrancheDAnciennete tranche : TrancheDAnciennete.values()) {
            anciennete.add(new Anciennete(tranche, dossiersParTranche.getOrDefault(tranche, new long[1])[0],
                    soldeParTranche.getOrDefault(tranche, Montant.ZERO)));
        }

        Map<Etape, DossiersALEtape> etapes = tableau.parEtape(creancier).stream()
                .collect(Collectors.toMap(DossiersALEtape::etape, Function.identity()));
        List<DossiersALEtape> parEtape = new ArrayList<>();
        for (Etape etape : Etape.values()) {
            parEtape.add(etapes.getOrDefault(etape, new DossiersALEtape(etape, 0, Montant.ZERO)));
        }

        LocalDate premierTrimestre = aujourdhui.withMonth((aujourdhui.getMonthValue() - 1) / 3 * 3 + 1)
                .with(TemporalAdjusters.firstDayOfMonth()).minusMonths(3L * (TRIMESTRES - 1));
        Map<LocalDate, Cohorte> cohortes = tableau.parTrimestreDOuverture(creancier, premierTrimestre).stream()
                .collect(Collectors.toMap(Cohorte::trimestre, Function.identity()));
        List<Cohorte> parTrimestre = new ArrayList<>();
        for (int i = 0; i < TRIMESTRES; i++) {
            LocalDate debut = premierTrimestre.plusMonths(3L * i);
            parTrimestre.add(cohortes.getOrDefault(debut, new Cohorte(debut, 0, Montant.ZERO, Montant.ZERO)));
        }

        return new IndicateursDuPortefeuille(aujourdhui, List.copyOf(mois), total, List.copyOf(anciennete), encours,
                List.copyOf(parEtape), List.copyOf(parTrimestre), new TauxDeRecouvrement(synthese.recouvre(), synthese.principal()));
    }

    /** The first month of the period, its first day. */
    public LocalDate depuis() {
        return recouvreParMois.get(0).mois();
    }
}
