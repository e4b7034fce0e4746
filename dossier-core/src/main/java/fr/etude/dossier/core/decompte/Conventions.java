package fr.etude.dossier.core.decompte;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The computation choices, each printed on the décompte so that anyone can redo the arithmetic.
 *
 * @param anneeCivile            divide by the days of the civil year (366 in a leap year); false: always 365
 * @param fraisDExecutionEnPremier costs of enforcement are paid before anything else (practice)
 * @param ordreParCreance        order of the parts of one créance; interest before capital (1343-1 C. civ.)
 * @param criteres               order among créances when the debtor did not choose (1342-10 C. civ.)
 */
public record Conventions(boolean anneeCivile, boolean fraisDExecutionEnPremier, List<Composante> ordreParCreance,
                          List<CritereImputation> criteres) {

    public Conventions {
        ordreParCreance = List.copyOf(ordreParCreance);
        criteres = List.copyOf(criteres);
        if (!Set.copyOf(ordreParCreance).equals(Set.of(Composante.INTERETS, Composante.ACCESSOIRES, Composante.CAPITAL))
                || ordreParCreance.size() != 3) {
            throw new IllegalArgumentException(
                    "L'ordre d'imputation d'une créance doit citer une fois les intérêts, les accessoires et le capital.");
        }
        if (ordreParCreance.indexOf(Composante.INTERETS) > ordreParCreance.indexOf(Composante.CAPITAL)) {
            throw new IllegalArgumentException(
                    "Un paiement partiel s'impute d'abord sur les intérêts, puis sur le capital (art. 1343-1 C. civ.).");
        }
    }

    public static Conventions parDefaut() {
        return new Conventions(true, true, List.of(Composante.INTERETS, Composante.ACCESSOIRES, Composante.CAPITAL),
                List.of(CritereImputation.ECHUES_D_ABORD, CritereImputation.PLUS_ONEREUSE, CritereImputation.PLUS_ANCIENNE));
    }

    public Conventions enBase365() {
        return new Conventions(false, fraisDExecutionEnPremier, ordreParCreance, criteres);
    }

    public Conventions avecCriteres(List<CritereImputation> autres) {
        return new Conventions(anneeCivile, fraisDExecutionEnPremier, ordreParCreance, autres);
    }

    /** The conventions in French, as printed at the foot of the décompte. */
    public List<String> description() {
        List<String> lignes = new ArrayList<>();
        lignes.add(anneeCivile
                ? "Intérêts = base × taux × jours / nombre de jours de l'année civile (366 les années bissextiles)."
                : "Intérêts = base × taux × jours / 365.");
        lignes.add("Une période du A au B compte B − A jours : les intérêts courent du lendemain de A jusqu'au B inclus.");
        lignes.add("Une ligne nouvelle commence à chaque changement de taux, paiement, capitalisation et au 1er janvier ; "
                + "chaque ligne est arrondie au centime le plus proche et le total est la somme des lignes.");
        lignes.add("Un paiement est imputé en fin de journée : les intérêts du capital qu'il rembourse s'arrêtent à sa date.");
        lignes.add("Imputation : " + (fraisDExecutionEnPremier ? "frais d'exécution d'abord, puis, " : "")
                + "pour chaque créance, " + String.join(", ", ordreParCreance.stream().map(Composante::libelle).toList())
                + " (art. 1343-1 C. civ.).");
        List<String> ordre = new ArrayList<>(List.of("la créance désignée par le débiteur"));
        criteres.forEach(critere -> ordre.add(critere.libelle()));
        ordre.add("à égalité, au prorata");
        lignes.add("Entre plusieurs créances (art. 1342-10 C. civ.) : " + String.join(", puis ", ordre) + ".");
        lignes.add("Le même jour, un paiement est imputé avant la capitalisation annuelle des intérêts (art. 1343-2 C. civ.).");
        return lignes;
    }
}
