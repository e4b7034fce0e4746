package fr.etude.dossier.core.decompte;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.taux.BaremeDesTaux;
import fr.etude.dossier.core.creancier.CategorieCreancier;
import fr.etude.dossier.core.taux.Semestre;
import fr.etude.dossier.core.taux.TableDeTaux;

/** How a créance bears interest: from which day, at which rate on each day. */
public sealed interface RegimeInterets {

    /** Interest runs from the day after this date (the décompte's convention). Empty: no interest. */
    Optional<LocalDate> depart();

    Taux tauxAu(LocalDate jour, BaremeDesTaux bareme, ParametresLegaux parametres);

    /** Dates after which the rate may change, strictly within (debut, fin), in order: a new line starts the day after. */
    List<LocalDate> changementsDeTaux(LocalDate debut, LocalDate fin);

    String description();

    /** Days with the same number bear the same rate: by default, the days of one half-year. */
    default int periodeDeTaux(LocalDate jour) {
        return jour.getYear() * 4 + (jour.getMonthValue() <= 6 ? 0 : 2);
    }

    /**
     * Taux de l'intérêt légal (L313-2 CMF) for the creditor's category, from the formal demand or the
     * judgment (1231-6, 1231-7 C. civ.), plus 5 points two months after a condemnation was served
     * (L313-3 CMF).
     */
    record TauxLegal(CategorieCreancier categorie, LocalDate depuis, Optional<LocalDate> finDuDelaiAvantMajoration)
            implements RegimeInterets {

        @Override
        public Optional<LocalDate> depart() {
            return Optional.of(depuis);
        }

        @Override
        public Taux tauxAu(LocalDate jour, BaremeDesTaux bareme, ParametresLegaux parametres) {
            Semestre semestre = Semestre.contenant(jour);
            BigDecimal taux = bareme.tauxInteretLegal(semestre, categorie).orElseThrow(() -> new DecompteImpossible(
                    "Le taux de l'intérêt légal du " + semestre.libelle() + " (" + categorie.libelle()
                            + ") n'est pas connu : complétez le barème avant d'établir ce décompte."));
            boolean aConfirmer = bareme.aConfirmer(TableDeTaux.Nature.INTERET_LEGAL, semestre);
            if (finDuDelaiAvantMajoration.isPresent() && jour.isAfter(finDuDelaiAvantMajoration.get())) {
                return new Taux(taux.add(parametres.pointsMajoration()),
                        new Taux.Source.InteretLegal(semestre, categorie, parametres.pointsMajoration(), aConfirmer));
            }
            return new Taux(taux, new Taux.Source.InteretLegal(semestre, categorie, BigDecimal.ZERO, aConfirmer));
        }

        @Override
        public int periodeDeTaux(LocalDate jour) {
            boolean majore = finDuDelaiAvantMajoration.isPresent() && jour.isAfter(finDuDelaiAvantMajoration.get());
            return RegimeInterets.super.periodeDeTaux(jour) + (majore ? 1 : 0);
        }

        @Override
        public List<LocalDate> changementsDeTaux(LocalDate debut, LocalDate fin) {
            List<LocalDate> dates = finsDeSemestre(debut, fin);
            finDuDelaiAvantMajoration.filter(date -> date.isAfter(debut) && date.isBefore(fin)).ifPresent(majoration -> {
                int position = 0;
                while (position < dates.size() && dates.get(position).isBefore(majoration)) {
                    position++;
                }
                if (position == dates.size() || !dates.get(position).equals(majoration)) {
                    dates.add(position, majoration);
                }
            });
            return dates;
        }

        @Override
        public String description() {
            return "intérêt légal (" + categorie.libelle() + ") à compter du " + FormatFrancais.date(depuis)
                    + finDuDelaiAvantMajoration.map(date -> ", majoré après le " + FormatFrancais.date(date)
                    + " (art. L313-3 CMF)").orElse("");
        }
    }

    /** A rate agreed by contract, fixed. */
    record TauxConventionnel(BigDecimal taux, LocalDate depuis) implements RegimeInterets {

        @Override
        public Optional<LocalDate> depart() {
            return Optional.of(depuis);
        }

        @Override
        public Taux tauxAu(LocalDate jour, BaremeDesTaux bareme, ParametresLegaux parametres) {
            return new Taux(taux, new Taux.Source.Conventionnel());
        }

        @Override
        public List<LocalDate> changementsDeTaux(LocalDate debut, LocalDate fin) {
            return List.of();
        }

        @Override
        public String description() {
            return "taux conventionnel de " + FormatFrancais.pourcentage(taux) + " à compter du "
                    + FormatFrancais.date(depuis);
        }
    }

    /**
     * Late-payment penalties between professionals (L441-10 C. com.): from the day after the due date,
     * with no reminder needed, at the agreed rate or else the ECB refinancing rate of the half-year plus
     * 10 points.
     */
    record PenalitesCommerciales(LocalDate echeance, Optional<BigDecimal> tauxConvenu) implements RegimeInterets {

        @Override
        public Optional<LocalDate> depart() {
            return Optional.of(echeance);
        }

        @Override
        public Taux tauxAu(LocalDate jour, BaremeDesTaux bareme, ParametresLegaux parametres) {
            if (tauxConvenu.isPresent()) {
                return new Taux(tauxConvenu.get(), new Taux.Source.PenalitesConvenues());
            }
            Semestre semestre = Semestre.contenant(jour);
            BigDecimal bce = bareme.tauxRefinancementBce(semestre).orElseThrow(() -> new DecompteImpossible(
                    "Le taux de refinancement de la BCE applicable au " + semestre.libelle()
                            + " n'est pas connu : complétez le barème avant d'établir ce décompte."));
            return new Taux(bce.add(parametres.pointsPenalitesB2B()),
                    new Taux.Source.PenalitesBce(semestre, bce, parametres.pointsPenalitesB2B(),
                            bareme.aConfirmer(TableDeTaux.Nature.REFINANCEMENT_BCE, semestre)));
        }

        @Override
        public List<LocalDate> changementsDeTaux(LocalDate debut, LocalDate fin) {
            return tauxConvenu.isPresent() ? List.of() : finsDeSemestre(debut, fin);
        }

        @Override
        public String description() {
            return "pénalités de retard entre professionnels (art. L441-10 C. com.) à compter du lendemain de l'échéance du "
                    + FormatFrancais.date(echeance);
        }
    }

    /** No interest: no formal demand and no contract term (1344-1 C. civ.). */
    record AucunInteret(String motif) implements RegimeInterets {

        @Override
        public Optional<LocalDate> depart() {
            return Optional.empty();
        }

        @Override
        public Taux tauxAu(LocalDate jour, BaremeDesTaux bareme, ParametresLegaux parametres) {
            return Taux.NUL;
        }

        @Override
        public List<LocalDate> changementsDeTaux(LocalDate debut, LocalDate fin) {
            return List.of();
        }

        @Override
        public String description() {
            return "aucun intérêt : " + motif;
        }
    }

    /** 30 June and 31 December strictly inside (debut, fin): the last days of a half-year's rate. */
    private static List<LocalDate> finsDeSemestre(LocalDate debut, LocalDate fin) {
        List<LocalDate> dates = new ArrayList<>();
        for (int annee = debut.getYear(); annee <= fin.getYear(); annee++) {
            for (LocalDate finDeSemestre : new LocalDate[] {LocalDate.of(annee, 6, 30), LocalDate.of(annee, 12, 31)}) {
                if (finDeSemestre.isAfter(debut) && finDeSemestre.isBefore(fin)) {
                    dates.add(finDeSemestre);
                }
            }
        }
        return dates;
    }
}
