package fr.etude.dossier.core.decompte;

import static fr.etude.dossier.core.argent.FormatFrancais.date;
import static fr.etude.dossier.core.argent.FormatFrancais.euros;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

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
        private final List<String> explication = new ArrayList<>();
        private Montant fraisDus = Montant.ZERO;
        private Montant fraisTotal = Montant.ZERO;
        private Montant payeFrais = Montant.ZERO;
        private Montant paiementsRetenus = Montant.ZERO;
        /** What a payment left over once everything due was paid: it settles what falls due later. */
        private final java.util.LinkedHashMap<PaiementADecompter, Montant> avoirs = new java.util.LinkedHashMap<>();

        Calcul(DemandeDeDecompte demande) {
            this.demande = demande;
            this.arrete = demande.dateArrete();
        }

        Decompte executer() {
            refuserLesFraisQuiRestentAuCreancier();
            retenirLesPaiements();
            demande.creances().forEach(creance -> comptes.add(new Compte(creance)));

            TreeSet<LocalDate> evenements = new TreeSet<>();
            comptes.forEach(compte -> evenements.addAll(compte.bornes));
            paiements.forEach(paiement -> evenements.add(paiement.date()));
            demande.frais().stream().map(FraisADecompter::date).filter(d -> !d.isAfter(arrete)).forEach(evenements::add);
            comptes.forEach(compte -> compte.creance.accessoires().stream().map(Accessoire::exigibleLe)
                    .filter(d -> !d.isAfter(arrete)).forEach(evenements::add));
            evenements.add(arrete);

            explication.add("Décompte arrêté au " + date(arrete) + ".");
            comptes.forEach(compte -> explication.add("« " + compte.creance.libelle() + " » : "
                    + compte.creance.regime().description() + (compte.creance.capitalisation()
                    ? ", intérêts capitalisés chaque année (art. 1343-2 C. civ.)" : "") + "."));
            for (LocalDate jour : evenements) {
                ajouterCeQuiDevientExigible(jour);
                comptes.forEach(compte -> compte.cloreLigneSiBorne(jour));
                reimputerLesAvoirs(jour);
                paiements.stream().filter(paiement -> paiement.date().equals(jour)).forEach(this::imputer);
                comptes.forEach(compte -> compte.capitaliserSiAnniversaire(jour));
            }
            explication.addAll(demande.conventions().description());
            Montant excedent = avoirs.values().stream().reduce(Montant.ZERO, Montant::plus);
            if (excedent.estPositif()) {
                explication.add("Excédent à restituer au débiteur : " + euros(excedent) + ".");
            }
            return new Decompte(arrete, comptes.stream().map(Compte::situation).toList(), List.copyOf(lignes),
                    List.copyOf(imputations), fraisTotal, payeFrais, paiementsRetenus, excedent, List.copyOf(explication));
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
                    explication.add("Paiement de " + euros(paiement.montant()) + " du " + date(paiement.date())
                            + " : postérieur à la date d'arrêté, non retenu.");
                } else if (paiement.contrepasseLe().filter(le -> !le.isAfter(arrete)).isPresent()) {
                    explication.add("Paiement de " + euros(paiement.montant()) + " du " + date(paiement.date())
                            + " : contre-passé le " + date(paiement.contrepasseLe().get()) + " (impayé), non retenu.");
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
                    explication.add("Frais d'exécution du " + date(jour) + " : " + frais.libelle() + ", "
                            + euros(frais.montant()) + ".");
                }
            }
            for (Compte compte : comptes) {
                for (Accessoire accessoire : compte.creance.accessoires()) {
                    if (accessoire.exigibleLe().equals(jour)) {
                        compte.accessoires = compte.accessoires.plus(accessoire.montant());
                        compte.accessoiresCumules = compte.accessoiresCumules.plus(accessoire.montant());
                        explication.add("« " + compte.creance.libelle() + " » : " + accessoire.libelle() + " de "
                                + euros(accessoire.montant()) + ", exigible le " + date(jour) + ".");
                    }
                }
            }
        }

        private void imputer(PaiementADecompter paiement) {
            List<String> parts = new ArrayList<>();
            Montant reste = repartir(paiement, paiement.date(), paiement.montant(), parts);
            if (reste.estPositif()) {
                avoirs.put(paiement, reste);
                parts.add(euros(reste) + " en excédent");
            }
            explication.add("Paiement de " + euros(paiement.montant()) + " du " + date(paiement.date()) + " : "
                    + String.join(" ; ", parts) + ".");
        }

        /** An excess settles, on the day they fall due, the sums that arise after it (accessories, costs). */
        private void reimputerLesAvoirs(LocalDate jour) {
            for (var avoir : avoirs.entrySet()) {
                if (!avoir.getValue().estPositif()) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                Montant reste = repartir(avoir.getKey(), jour, avoir.getValue(), parts);
                if (!parts.isEmpty()) {
                    explication.add("Excédent du paiement du " + date(avoir.getKey().date()) + " imputé le "
                            + date(jour) + " : " + String.join(" ; ", parts) + ".");
                }
                avoir.setValue(reste);
            }
        }

        private Montant repartir(PaiementADecompter paiement, LocalDate jour, Montant montant, List<String> parts) {
            Montant reste = montant;
            if (demande.conventions().fraisDExecutionEnPremier()) {
                reste = payerFrais(paiement, jour, reste, parts);
            }
            for (List<Compte> groupe : groupesParPriorite(paiement, jour)) {
                reste = payerGroupe(paiement, jour, groupe, reste, parts);
            }
            if (!demande.conventions().fraisDExecutionEnPremier()) {
                reste = payerFrais(paiement, jour, reste, parts);
            }
            return reste;
        }

        private Montant payerFrais(PaiementADecompter paiement, LocalDate jour, Montant reste, List<String> parts) {
            Montant part = reste.min(fraisDus);
            if (part.estPositif()) {
                fraisDus = fraisDus.moins(part);
                payeFrais = payeFrais.plus(part);
                imputations.add(new Imputation(paiement.id(), jour, Optional.empty(), "frais d'exécution",
                        Composante.FRAIS, part));
                parts.add(euros(part) + " sur les frais d'exécution");
            }
            return reste.moins(part);
        }

        /**
         * The créances in the order of 1342-10 C. civ.: the one the debtor designated, then per the
         * conventions' criteria; créances equal on every criterion form one group, paid pro rata.
         */
        private List<List<Compte>> groupesParPriorite(PaiementADecompter paiement, LocalDate jour) {
            Comparator<Compte> ordre = Comparator.comparing(
                    compte -> !paiement.designation().map(compte.creance.id()::equals).orElse(false));
            for (CritereImputation critere : demande.conventions().criteres()) {
                ordre = ordre.thenComparing(switch (critere) {
                    case ECHUES_D_ABORD -> Comparator.comparing(
                            (Compte compte) -> compte.creance.exigibilite().isAfter(jour));
                    case PLUS_ONEREUSE -> Comparator.comparing(
                            (Compte compte) -> compte.tauxCourant(jour), Comparator.reverseOrder());
                    case PLUS_ANCIENNE -> Comparator.comparing((Compte compte) -> compte.creance.exigibilite());
                });
            }
            List<Compte> tries = comptes.stream().filter(compte -> compte.du().estPositif()).sorted(ordre).toList();
            List<List<Compte>> groupes = new ArrayList<>();
            for (Compte compte : tries) {
                if (!groupes.isEmpty() && ordre.compare(groupes.get(groupes.size() - 1).get(0), compte) == 0) {
                    groupes.get(groupes.size() - 1).add(compte);
                } else {
                    groupes.add(new ArrayList<>(List.of(compte)));
                }
            }
            return groupes;
        }

        private Montant payerGroupe(PaiementADecompter paiement, LocalDate jour, List<Compte> groupe, Montant reste,
                                    List<String> parts) {
            Montant duDuGroupe = groupe.stream().map(Compte::du).reduce(Montant.ZERO, Montant::plus);
            if (!reste.estPositif()) {
                return reste;
            }
            if (reste.compareTo(duDuGroupe) >= 0 || groupe.size() == 1) {
                for (Compte compte : groupe) {
                    reste = compte.payer(paiement, jour, reste, parts);
                }
                return reste;
            }
            List<Montant> quotesParts = auProrata(reste, groupe.stream().map(Compte::du).toList());
            for (int i = 0; i < groupe.size(); i++) {
                Montant nonUtilise = groupe.get(i).payer(paiement, jour, quotesParts.get(i), parts);
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
            final TreeSet<LocalDate> bornes = new TreeSet<>();
            final TreeSet<LocalDate> anniversaires = new TreeSet<>();
            LocalDate ligneOuverteDepuis;
            Montant capital;
            Montant interets = Montant.ZERO;
            Montant accessoires = Montant.ZERO;
            Montant interetsCumules = Montant.ZERO;
            Montant interetsCapitalises = Montant.ZERO;
            Montant accessoiresCumules = Montant.ZERO;
            final Map<Composante, Montant> paye = new EnumMap<>(Composante.class);

            Compte(CreanceADecompter creance) {
                this.creance = creance;
                this.capital = creance.principal();
                creance.regime().depart().filter(depart -> depart.isBefore(arrete)).ifPresent(this::preparerLignes);
            }

            /** Line boundaries of this créance: the days after which a new line starts. */
            private void preparerLignes(LocalDate depart) {
                ligneOuverteDepuis = depart;
                for (int annee = depart.getYear(); annee < arrete.getYear(); annee++) {
                    LocalDate finAnnee = LocalDate.of(annee, 12, 31);
                    if (finAnnee.isAfter(depart)) {
                        bornes.add(finAnnee);
                    }
                }
                bornes.addAll(creance.regime().changementsDeTaux(depart, arrete));
                paiements.stream().map(PaiementADecompter::date)
                        .filter(d -> d.isAfter(depart) && d.isBefore(arrete)).forEach(bornes::add);
                if (creance.capitalisation()) {
                    for (LocalDate anniversaire = depart.plusYears(1); !anniversaire.isAfter(arrete);
                         anniversaire = anniversaire.plusYears(1)) {
                        anniversaires.add(anniversaire);
                        bornes.add(anniversaire);
                    }
                }
                bornes.add(arrete);
            }

            void cloreLigneSiBorne(LocalDate jour) {
                if (!bornes.contains(jour)) {
                    return;
                }
                long jours = ChronoUnit.DAYS.between(ligneOuverteDepuis, jour);
                if (jours > 0 && capital.estPositif()) {
                    Taux taux = creance.regime().tauxAu(jour, bareme, parametres);
                    int diviseur = demande.conventions().anneeCivile() ? Year.of(jour.getYear()).length() : 365;
                    Montant montant = Montant.arrondi(capital.valeur().multiply(taux.pourcentage())
                            .multiply(BigDecimal.valueOf(jours))
                            .divide(BigDecimal.valueOf(100L * diviseur), MathContext.DECIMAL128));
                    lignes.add(new LigneInterets(creance.id(), creance.libelle(), ligneOuverteDepuis.plusDays(1), jour,
                            jours, capital, taux, diviseur, montant));
                    interets = interets.plus(montant);
                    interetsCumules = interetsCumules.plus(montant);
                }
                ligneOuverteDepuis = jour;
            }

            /** 1343-2 C. civ.: interest due for a whole year becomes capital and bears interest. */
            void capitaliserSiAnniversaire(LocalDate jour) {
                if (anniversaires.contains(jour) && interets.estPositif()) {
                    explication.add("« " + creance.libelle() + " » : " + euros(interets) + " d'intérêts capitalisés le "
                            + date(jour) + " (art. 1343-2 C. civ.).");
                    capital = capital.plus(interets);
                    interetsCapitalises = interetsCapitalises.plus(interets);
                    interets = Montant.ZERO;
                }
            }

            BigDecimal tauxCourant(LocalDate jour) {
                boolean commence = creance.regime().depart().filter(depart -> depart.isBefore(jour)).isPresent();
                return commence ? creance.regime().tauxAu(jour, bareme, parametres).pourcentage() : BigDecimal.ZERO;
            }

            Montant du() {
                return interets.plus(accessoires).plus(capital);
            }

            /** Pays this créance's parts in the conventions' order; returns what is left of the amount. */
            Montant payer(PaiementADecompter paiement, LocalDate jour, Montant montant, List<String> parts) {
                Montant reste = montant;
                for (Composante composante : demande.conventions().ordreParCreance()) {
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
                    parts.add(euros(part) + " sur " + composante.libelle() + " de « " + creance.libelle() + " »");
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
