package fr.etude.dossier.core.decompte;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.taux.BaremeDesTaux;

/**
 * Computes a décompte: walks the calendar from event to event (line boundaries, payments, costs,
 * accessories, capitalisations), accrues interest on each créance line by line, and imputes each
 * payment at the end of its day. Stateless and thread-safe.
 */
public final class MoteurDeDecompte {

    /** Same-day payments in an order that does not depend on how they were entered. */
    private static final Comparator<PaiementADecompter> ORDRE_DES_PAIEMENTS = Comparator
            .comparing(PaiementADecompter::date)
            .thenComparing(paiement -> paiement.designation().isEmpty())
            .thenComparing(PaiementADecompter::montant, Comparator.reverseOrder())
            .thenComparing(PaiementADecompter::id);

    private final BaremeDesTaux bareme;
    private final ParametresLegaux parametres;

    public MoteurDeDecompte(BaremeDesTaux bareme, ParametresLegaux parametres) {
        this.bareme = bareme;
        this.parametres = parametres;
    }

    public Decompte calculer(DemandeDeDecompte demande) {
        return new Calcul(demande).executer();
    }

    /** One computation: the mutable state of a walk through the calendar. */
    private final class Calcul {

        private final DemandeDeDecompte demande;
        private final LocalDate arrete;
        private final List<Compte> comptes = new ArrayList<>();
        private final List<PaiementADecompter> paiements = new ArrayList<>();
        private final List<LigneInterets> lignes = new ArrayList<>();
        private final List<Imputation> imputations = new ArrayList<>();
        private final List<Fait> faits = new ArrayList<>();
        private LocalDate[] datesDesPaiements;
        private final CritereImputation[] criteres;
        private final Composante[] ordreParCreance;
        private Montant fraisDus = Montant.ZERO;
        private Montant fraisTotal = Montant.ZERO;
        private Montant payeFrais = Montant.ZERO;
        private Montant paiementsRetenus = Montant.ZERO;
        /** What a payment left over once everything due was paid: it settles what falls due later. */
        private final java.util.LinkedHashMap<PaiementADecompter, Montant> avoirs = new java.util.LinkedHashMap<>();

        Calcul(DemandeDeDecompte demande) {
            this.demande = demande;
            this.arrete = demande.dateArrete();
            this.criteres = demande.conventions().criteres().toArray(CritereImputation[]::new);
            this.ordreParCreance = demande.conventions().ordreParCreance().toArray(Composante[]::new);
        }

        Decompte executer() {
            refuserLesFraisQuiRestentAuCreancier();
            retenirLesPaiements();
            datesDesPaiements = triesSansDoublon(new ArrayList<>(paiements.stream().map(PaiementADecompter::date).toList()));
            demande.creances().forEach(creance -> comptes.add(new Compte(creance)));

            List<LocalDate> echeancesPonctuelles = new ArrayList<>();
            demande.frais().stream().map(FraisADecompter::date).filter(d -> !d.isAfter(arrete))
                    .forEach(echeancesPonctuelles::add);
            comptes.forEach(compte -> compte.creance.accessoires().stream().map(Accessoire::exigibleLe)
                    .filter(d -> !d.isAfter(arrete)).forEach(echeancesPonctuelles::add));
            LocalDate[] ponctuelles = triesSansDoublon(echeancesPonctuelles);

            faits.add(new Fait.Arrete(arrete));
            comptes.forEach(compte -> faits.add(new Fait.Regime(compte.creance.libelle(), compte.creance.regime(),
                    compte.creance.capitalisation())));
            // The walk: from each date to the next one where something happens, in calendar order.
            int paiementSuivant = 0;
            int ponctuelleSuivante = 0;
            LocalDate jour = null;
            while (true) {
                LocalDate prochain = arrete;
                for (Compte compte : comptes) {
                    prochain = plusTot(prochain, compte.prochaineBorne());
                }
                if (paiementSuivant < paiements.size()) {
                    prochain = plusTot(prochain, paiements.get(paiementSuivant).date());
                }
                if (ponctuelleSuivante < ponctuelles.length) {
                    prochain = plusTot(prochain, ponctuelles[ponctuelleSuivante]);
                }
                if (jour != null && !prochain.isAfter(jour)) {
                    break;
                }
                jour = prochain;
                while (ponctuelleSuivante < ponctuelles.length && ponctuelles[ponctuelleSuivante].equals(jour)) {
                    ponctuelleSuivante++;
                }
                ajouterCeQuiDevientExigible(jour);
                for (Compte compte : comptes) {
                    compte.cloreLigneSiBorne(jour);
                }
                reimputerLesAvoirs(jour);
                while (paiementSuivant < paiements.size() && paiements.get(paiementSuivant).date().equals(jour)) {
                    imputer(paiements.get(paiementSuivant++));
                }
                for (Compte compte : comptes) {
                    compte.capitaliserSiAnniversaire(jour);
                }
            }
            faits.add(new Fait.ConventionsAppliquees(demande.conventions()));
            Montant excedent = avoirs.values().stream().reduce(Montant.ZERO, Montant::plus);
            if (excedent.estPositif()) {
                faits.add(new Fait.Excedent(excedent));
            }
            return new Decompte(arrete, comptes.stream().map(Compte::situation).toList(), List.copyOf(lignes),
                    List.copyOf(imputations), fraisTotal, payeFrais, paiementsRetenus, excedent, List.copyOf(faits));
        }

        /** L111-8 CPCE: recovery costs without a titre exécutoire are the creditor's, never the debtor's. */
        private void refuserLesFraisQuiRestentAuCreancier() {
            boolean titre = demande.creances().stream().anyMatch(CreanceADecompter::avecTitreExecutoire);
            for (FraisADecompter frais : demande.frais()) {
                if (frais.nature() == FraisADecompter.NatureFrais.RECOUVREMENT_AMIABLE) {
                    throw new DecompteImpossible("Les frais « " + frais.libelle() + " » sont des frais de recouvrement "
                            + "sans titre exécutoire : ils restent à la charge du créancier (art. L111-8 CPCE).");
                }
                if (!titre) {
                    throw new DecompteImpossible("Les frais d'exécution « " + frais.libelle() + " » supposent un titre "
                            + "exécutoire, et aucune créance de ce décompte n'en a (art. L111-8 CPCE).");
                }
            }
        }

        /**
         * Payments up to the statement date that were not reversed by then, in an order that does not
         * depend on how they were entered.
         */
        private void retenirLesPaiements() {
            List<PaiementADecompter> parOrdre = new ArrayList<>(demande.paiements());
            parOrdre.sort(ORDRE_DES_PAIEMENTS);
            for (PaiementADecompter paiement : parOrdre) {
                if (paiement.date().isAfter(arrete)) {
                    faits.add(new Fait.PaiementNonRetenu(paiement, false));
                } else if (paiement.contrepasseLe().filter(le -> !le.isAfter(arrete)).isPresent()) {
                    faits.add(new Fait.PaiementNonRetenu(paiement, true));
                } else {
                    paiements.add(paiement);
                    paiementsRetenus = paiementsRetenus.plus(paiement.montant());
                }
            }
        }

        private void ajouterCeQuiDevientExigible(LocalDate jour) {
            for (FraisADecompter frais : demande.frais()) {
                if (frais.date().equals(jour)) {
                    fraisDus = fraisDus.plus(frais.montant());
                    fraisTotal = fraisTotal.plus(frais.montant());
                    faits.add(new Fait.FraisExigibles(frais));
                }
            }
            for (Compte compte : comptes) {
                for (Accessoire accessoire : compte.creance.accessoires()) {
                    if (accessoire.exigibleLe().equals(jour)) {
                        compte.accessoires = compte.accessoires.plus(accessoire.montant());
                        compte.accessoiresCumules = compte.accessoiresCumules.plus(accessoire.montant());
                        faits.add(new Fait.AccessoireExigible(compte.creance.libelle(), accessoire));
                    }
                }
            }
        }

        private static LocalDate plusTot(LocalDate a, LocalDate b) {
            return b != null && b.isBefore(a) ? b : a;
        }

        /** Sorted, each date once (dates hash poorly across years: no hash set here). */
        private static LocalDate[] triesSansDoublon(List<LocalDate> dates) {
            dates.sort(null);
            int taille = 0;
            for (int i = 0; i < dates.size(); i++) {
                if (taille == 0 || !dates.get(i).equals(dates.get(taille - 1))) {
                    dates.set(taille++, dates.get(i));
                }
            }
            return dates.subList(0, taille).toArray(LocalDate[]::new);
        }

        private void imputer(PaiementADecompter paiement) {
            int debut = imputations.size();
            Montant reste = repartir(paiement, paiement.date(), paiement.montant());
            if (reste.estPositif()) {
                avoirs.put(paiement, reste);
            }
            faits.add(new Fait.Repartition(paiement, paiement.date(), false,
                    List.copyOf(imputations.subList(debut, imputations.size())), reste));
        }

        /** An excess settles, on the day they fall due, the sums that arise after it (accessories, costs). */
        private void reimputerLesAvoirs(LocalDate jour) {
            if (avoirs.isEmpty()) {
                return;
            }
            for (var avoir : avoirs.entrySet()) {
                if (!avoir.getValue().estPositif()) {
                    continue;
                }
                int debut = imputations.size();
                Montant reste = repartir(avoir.getKey(), jour, avoir.getValue());
                if (imputations.size() > debut) {
                    faits.add(new Fait.Repartition(avoir.getKey(), jour, true,
                            List.copyOf(imputations.subList(debut, imputations.size())), reste));
                }
                avoir.setValue(reste);
            }
        }

        private Montant repartir(PaiementADecompter paiement, LocalDate jour, Montant montant) {
            Montant reste = montant;
            if (demande.conventions().fraisDExecutionEnPremier()) {
                reste = payerFrais(paiement, jour, reste);
            }
            for (List<Compte> groupe : groupesParPriorite(paiement, jour)) {
                reste = payerGroupe(paiement, jour, groupe, reste);
            }
            if (!demande.conventions().fraisDExecutionEnPremier()) {
                reste = payerFrais(paiement, jour, reste);
            }
            return reste;
        }

        private Montant payerFrais(PaiementADecompter paiement, LocalDate jour, Montant reste) {
            Montant part = reste.min(fraisDus);
            if (part.estPositif()) {
                fraisDus = fraisDus.moins(part);
                payeFrais = payeFrais.plus(part);
                imputations.add(new Imputation(paiement.id(), jour, Optional.empty(), "frais d'exécution",
                        Composante.FRAIS, part));
            }
            return reste.moins(part);
        }

        /**
         * The créances in the order of 1342-10 C. civ.: the one the debtor designated, then per the
         * conventions' criteria; créances equal on every criterion form one group, paid pro rata.
         */
        private List<List<Compte>> groupesParPriorite(PaiementADecompter paiement, LocalDate jour) {
            List<Compte> candidats = new ArrayList<>(comptes.size());
            List<Priorite> priorites = new ArrayList<>(comptes.size());
            for (Compte compte : comptes) {
                if (!compte.du().estPositif()) {
                    continue;
                }
                Priorite priorite = new Priorite(compte, jour, paiement);
                int position = priorites.size();
                while (position > 0 && priorites.get(position - 1).compareTo(priorite) > 0) {
                    position--;
                }
                priorites.add(position, priorite);
                candidats.add(position, compte);
            }
            List<List<Compte>> groupes = new ArrayList<>();
            for (int i = 0; i < candidats.size(); i++) {
                if (i > 0 && priorites.get(i - 1).compareTo(priorites.get(i)) == 0) {
                    groupes.get(groupes.size() - 1).add(candidats.get(i));
                } else {
                    List<Compte> groupe = new ArrayList<>(2);
                    groupe.add(candidats.get(i));
                    groupes.add(groupe);
                }
            }
            return groupes;
        }

        /** A créance's rank for one payment, criterion by criterion in the conventions' order. */
        private final class Priorite implements Comparable<Priorite> {

            private final boolean designee;
            private final boolean echue;
            private final BigDecimal taux;
            private final LocalDate exigibilite;

            Priorite(Compte compte, LocalDate jour, PaiementADecompter paiement) {
                designee = paiement.designation().filter(compte.creance.id()::equals).isPresent();
                echue = !compte.creance.exigibilite().isAfter(jour);
                taux = compte.tauxCourant(jour);
                exigibilite = compte.creance.exigibilite();
            }

            @Override
            public int compareTo(Priorite autre) {
                int ordre = Boolean.compare(autre.designee, designee);
                for (int i = 0; ordre == 0 && i < criteres.length; i++) {
                    ordre = switch (criteres[i]) {
                        case ECHUES_D_ABORD -> Boolean.compare(autre.echue, echue);
                        case PLUS_ONEREUSE -> autre.taux.compareTo(taux);
                        case PLUS_ANCIENNE -> exigibilite.compareTo(autre.exigibilite);
                    };
                }
                return ordre;
            }
        }

        private Montant payerGroupe(PaiementADecompter paiement, LocalDate jour, List<Compte> groupe, Montant reste) {
            Montant duDuGroupe = Montant.ZERO;
            for (Compte compte : groupe) {
                duDuGroupe = duDuGroupe.plus(compte.du());
            }
            if (!reste.estPositif()) {
                return reste;
            }
            if (reste.compareTo(duDuGroupe) >= 0 || groupe.size() == 1) {
                for (Compte compte : groupe) {
                    reste = compte.payer(paiement, jour, reste);
                }
                return reste;
            }
            List<Montant> quotesParts = auProrata(reste, groupe.stream().map(Compte::du).toList());
            for (int i = 0; i < groupe.size(); i++) {
                Montant nonUtilise = groupe.get(i).payer(paiement, jour, quotesParts.get(i));
                reste = reste.moins(quotesParts.get(i)).plus(nonUtilise);
            }
            return reste;
        }

        /** Shares in whole cents that add up exactly to the amount (largest remainders get the odd cents). */
        private List<Montant> auProrata(Montant montant, List<Montant> poids) {
            long total = poids.stream().mapToLong(Montant::enCentimes).sum();
            long aRepartir = montant.enCentimes();
            long[] parts = new long[poids.size()];
            long[] restes = new long[poids.size()];
            long distribue = 0;
            for (int i = 0; i < poids.size(); i++) {
                long produit = aRepartir * poids.get(i).enCentimes();
                parts[i] = produit / total;
                restes[i] = produit % total;
                distribue += parts[i];
            }
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < poids.size(); i++) {
                indices.add(i);
            }
            indices.sort(Comparator.comparing((Integer i) -> restes[i]).reversed().thenComparing(i -> i));
            for (int k = 0; distribue < aRepartir; k++, distribue++) {
                parts[indices.get(k % indices.size())]++;
            }
            List<Montant> quotesParts = new ArrayList<>();
            for (long part : parts) {
                quotesParts.add(Montant.centimes(part));
            }
            return quotesParts;
        }

        /** One créance during the walk. */
        private final class Compte {

            final CreanceADecompter creance;
            /** Days after which a new line starts, in order; the walk reaches them one by one. */
            LocalDate[] bornes = new LocalDate[0];
            private int prochaineBorne;
            final Set<LocalDate> anniversaires = new HashSet<>();
            /** Interest runs from the day after this date; null when the créance bears none. */
            private final LocalDate depart;
            LocalDate ligneOuverteDepuis;
            long jourOuvertDepuis;
            Montant capital;
            Montant interets = Montant.ZERO;
            Montant accessoires = Montant.ZERO;
            Montant interetsCumules = Montant.ZERO;
            Montant interetsCapitalises = Montant.ZERO;
            Montant accessoiresCumules = Montant.ZERO;
            final Map<Composante, Montant> paye = new EnumMap<>(Composante.class);
            private Taux tauxEnCache;
            private int periodeEnCache;

            Compte(CreanceADecompter creance) {
                this.creance = creance;
                this.depart = creance.regime().depart().orElse(null);
                this.capital = creance.principal();
                creance.regime().depart().filter(depart -> depart.isBefore(arrete)).ifPresent(this::preparerLignes);
            }

            /**
             * Line boundaries of this créance, the days after which a new line starts: year ends, rate
             * changes, payments, capitalisations and the statement date.
             */
            private void preparerLignes(LocalDate depart) {
                ligneOuverteDepuis = depart;
                jourOuvertDepuis = depart.toEpochDay();
                List<LocalDate> bornes = new ArrayList<>(64);
                for (int annee = depart.getYear(); annee < arrete.getYear(); annee++) {
                    LocalDate finAnnee = LocalDate.of(annee, 12, 31);
                    if (finAnnee.isAfter(depart)) {
                        bornes.add(finAnnee);
                    }
                }
                bornes.addAll(creance.regime().changementsDeTaux(depart, arrete));
                for (LocalDate datePaiement : datesDesPaiements) {
                    if (datePaiement.isAfter(depart) && datePaiement.isBefore(arrete)) {
                        bornes.add(datePaiement);
                    }
                }
                if (creance.capitalisation()) {
                    for (LocalDate anniversaire = depart.plusYears(1); !anniversaire.isAfter(arrete);
                         anniversaire = anniversaire.plusYears(1)) {
                        anniversaires.add(anniversaire);
                        bornes.add(anniversaire);
                    }
                }
                bornes.add(arrete);
                this.bornes = triesSansDoublon(bornes);
            }

            /** The next day this créance's current line ends, if any is left. */
            LocalDate prochaineBorne() {
                return prochaineBorne < bornes.length ? bornes[prochaineBorne] : null;
            }

            void cloreLigneSiBorne(LocalDate jour) {
                if (prochaineBorne == bornes.length || !bornes[prochaineBorne].equals(jour)) {
                    return;
                }
                prochaineBorne++;
                long jourDeFin = jour.toEpochDay();
                long jours = jourDeFin - jourOuvertDepuis;
                if (jours > 0 && capital.estPositif()) {
                    Taux taux = taux(jour);
                    int diviseur = demande.conventions().anneeCivile() && Year.isLeap(jour.getYear()) ? 366 : 365;
                    Montant montant = CalculDInterets.interets(capital, taux.pourcentage(), jours, diviseur);
                    lignes.add(new LigneInterets(creance.id(), creance.libelle(), ligneOuverteDepuis, jour,
                            jours, capital, taux, diviseur, montant));
                    interets = interets.plus(montant);
                    interetsCumules = interetsCumules.plus(montant);
                }
                ligneOuverteDepuis = jour;
                jourOuvertDepuis = jourDeFin;
            }

            /** 1343-2 C. civ.: interest due for a whole year becomes capital and bears interest. */
            void capitaliserSiAnniversaire(LocalDate jour) {
                if (anniversaires.contains(jour) && interets.estPositif()) {
                    faits.add(new Fait.Capitalisation(creance.libelle(), interets, jour));
                    capital = capital.plus(interets);
                    interetsCapitalises = interetsCapitalises.plus(interets);
                    interets = Montant.ZERO;
                }
            }

            BigDecimal tauxCourant(LocalDate jour) {
                return depart != null && depart.isBefore(jour) ? taux(jour).pourcentage() : BigDecimal.ZERO;
            }

            /**
             * The rate is constant over a period of the regime (a half-year, majorated or not). The walk
             * only moves forward in time, so the last period's rate is kept.
             */
            private Taux taux(LocalDate jour) {
                int periode = creance.regime().periodeDeTaux(jour);
                if (tauxEnCache == null || periode != periodeEnCache) {
                    tauxEnCache = creance.regime().tauxAu(jour, bareme, parametres);
                    periodeEnCache = periode;
                }
                return tauxEnCache;
            }

            Montant du() {
                return interets.plus(accessoires).plus(capital);
            }

            /** Pays this créance's parts in the conventions' order; returns what is left of the amount. */
            Montant payer(PaiementADecompter paiement, LocalDate jour, Montant montant) {
                Montant reste = montant;
                for (Composante composante : ordreParCreance) {
                    Montant part = reste.min(restant(composante));
                    if (!part.estPositif()) {
                        continue;
                    }
                    switch (composante) {
                        case INTERETS -> interets = interets.moins(part);
                        case ACCESSOIRES -> accessoires = accessoires.moins(part);
                        case CAPITAL -> capital = capital.moins(part);
                        default -> throw new IllegalStateException(composante.name());
                    }
                    paye.merge(composante, part, Montant::plus);
                    imputations.add(new Imputation(paiement.id(), jour, Optional.of(creance.id()),
                            creance.libelle(), composante, part));
                    reste = reste.moins(part);
                }
                return reste;
            }

            private Montant restant(Composante composante) {
                return switch (composante) {
                    case INTERETS -> interets;
                    case ACCESSOIRES -> accessoires;
                    case CAPITAL -> capital;
                    default -> Montant.ZERO;
                };
            }

            SituationCreance situation() {
                return new SituationCreance(creance.id(), creance.libelle(), creance.regime().description(),
                        creance.principal(), interetsCumules, interetsCapitalises, accessoiresCumules,
                        paye.getOrDefault(Composante.INTERETS, Montant.ZERO),
                        paye.getOrDefault(Composante.ACCESSOIRES, Montant.ZERO),
                        paye.getOrDefault(Composante.CAPITAL, Montant.ZERO));
            }
        }
    }
}
