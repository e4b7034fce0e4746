package fr.etude.dossier.core.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.etude.dossier.core.argent.FormatFrancais;

/** The escalation rules, listable by name, and the risk flags shown to the commissaire. */
public final class PolitiquesDEscalade {

    private static final List<PolitiqueDEscalade> TOUTES = List.of(
            politique("Étape suivante seulement", (dossier, cible, contexte) ->
                    dossier.etape().suivante().filter(cible::equals).isPresent() ? Optional.empty()
                            : Optional.of("le dossier est à l'étape " + dossier.etape().libelle()
                            + " : il ne peut passer qu'à l'étape suivante")),
            politique("Dossier ouvert", (dossier, cible, contexte) -> switch (dossier.statut()) {
                case OUVERT -> Optional.empty();
                case CLOS -> Optional.of("dossier clos");
                case SUSPENDU -> Optional.of("dossier suspendu : "
                        + String.join(", ", dossier.blocages().stream().filter(Blocage::suspendLeDossier)
                        .map(Blocage::libelle).toList()));
            }),
            politique("Pas de réclamation ouverte", (dossier, cible, contexte) ->
                    dossier.blocages().contains(Blocage.RECLAMATION_OUVERTE)
                            ? Optional.of("réclamation ouverte") : Optional.empty()),
            politique("Pas de contestation", (dossier, cible, contexte) ->
                    dossier.blocages().contains(Blocage.CONTESTATION)
                            ? Optional.of("créance contestée par le débiteur") : Optional.empty()),
            politique("Créances non prescrites", (dossier, cible, contexte) -> {
                if (cible.compareTo(Etape.CONTENTIEUX) < 0) {
                    return Optional.empty();
                }
                return contexte.prescriptions().entrySet().stream()
                        .filter(prescription -> !contexte.aujourdhui().isBefore(prescription.getValue()))
                        .map(Map.Entry::getValue).min(Comparator.naturalOrder())
                        .map(date -> "créance prescrite le " + FormatFrancais.date(date));
            }),
            politique("Titre exécutoire pour l'exécution forcée (art. L111-2 CPCE)", (dossier, cible, contexte) ->
                    cible == Etape.EXECUTION && dossier.creances().stream().noneMatch(creance -> creance.titre().isPresent())
                            ? Optional.of("titre exécutoire absent") : Optional.empty()));

    private PolitiquesDEscalade() {
    }

    public static List<PolitiqueDEscalade> toutes() {
        return TOUTES;
    }

    public static DecisionDEscalade evaluer(Dossier dossier, Etape cible, ContexteDEscalade contexte) {
        List<DecisionDEscalade.Refus> refus = new ArrayList<>();
        for (PolitiqueDEscalade politique : TOUTES) {
            politique.refus(dossier, cible, contexte)
                    .ifPresent(motif -> refus.add(new DecisionDEscalade.Refus(politique.nom(), motif)));
        }
        return new DecisionDEscalade(cible, refus, avertissements(cible, contexte));
    }

    /**
     * The commissaire's approval: the policies of the move, then the procedure he chose. The procédure
     * simplifiée de recouvrement des petites créances is open only up to the ceiling of art. L125-1 and
     * R125-1 CPCE (a dated figure of the law, read on the day of the decision).
     */
    public static DecisionDEscalade evaluerLApprobation(Dossier dossier, Etape cible, Procedure procedure,
                                                        ContexteDEscalade contexte) {
        DecisionDEscalade decision = evaluer(dossier, cible, contexte);
        if (!proceduresPermises(contexte).contains(procedure)) {
            List<DecisionDEscalade.Refus> refus = new ArrayList<>(decision.refus());
            refus.add(new DecisionDEscalade.Refus("Plafond des petites créances (art. L125-1 CPCE)",
                    "la procédure simplifiée des petites créances est réservée aux créances jusqu'à "
                            + FormatFrancais.euros(contexte.plafondPetitesCreances()) + " : le solde est de "
                            + FormatFrancais.euros(contexte.solde())));
            return new DecisionDEscalade(cible, refus, decision.avertissements());
        }
        return decision;
    }

    /**
     * The procedures the commissaire may choose for this dossier today: the procédure simplifiée de
     * recouvrement des petites créances only up to the ceiling of art. L125-1 and R125-1 CPCE.
     */
    public static List<Procedure> proceduresPermises(ContexteDEscalade contexte) {
        return java.util.Arrays.stream(Procedure.values())
                .filter(procedure -> procedure != Procedure.PETITES_CREANCES
                        || contexte.solde().compareTo(contexte.plafondPetitesCreances()) <= 0)
                .toList();
    }

    private static List<String> avertissements(Etape cible, ContexteDEscalade contexte) {
        List<String> avertissements = new ArrayList<>();
        if (cible.compareTo(Etape.CONTENTIEUX) < 0) {
            return avertissements;
        }
        contexte.prescriptions().values().stream()
                .filter(date -> contexte.aujourdhui().isBefore(date)
                        && !contexte.aujourdhui().plus(contexte.preavisDePrescription()).isBefore(date))
                .min(Comparator.naturalOrder())
                .ifPresent(date -> avertissements.add("prescription proche : le " + FormatFrancais.date(date)));
        if (contexte.solde().compareTo(contexte.coutEstimeDesPoursuites()) < 0) {
            avertissements.add("solde (" + FormatFrancais.euros(contexte.solde())
                    + ") inférieur au coût estimé des poursuites (" + FormatFrancais.euros(contexte.coutEstimeDesPoursuites()) + ")");
        }
        if (cible == Etape.CONTENTIEUX && contexte.solde().compareTo(contexte.plafondPetitesCreances()) <= 0) {
            avertissements.add("éligible à la procédure simplifiée des petites créances (jusqu'à "
                    + FormatFrancais.euros(contexte.plafondPetitesCreances()) + ", art. L125-1 CPCE)");
        }
        return avertissements;
    }

    private static PolitiqueDEscalade politique(String nom, Regle regle) {
        return new PolitiqueDEscalade() {
            @Override
            public String nom() {
                return nom;
            }

            @Override
            public Optional<String> refus(Dossier dossier, Etape cible, ContexteDEscalade contexte) {
                return regle.refus(dossier, cible, contexte);
            }
        };
    }

    @FunctionalInterface
    private interface Regle {
        Optional<String> refus(Dossier dossier, Etape cible, ContexteDEscalade contexte);
    }
}
