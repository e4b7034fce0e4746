package fr.etude.dossier.core.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.TitreExecutoire;

/**
 * The checklist a request to go to court carries, at the day of the context: what the commissaire
 * checks before choosing a procedure, each point with the fact behind it. The escalation policies
 * refuse what the law forbids; this list also shows what is advisable (the delay of the mise en
 * demeure, the cost of proceedings) and what is merely to be known (a titre exécutoire or not).
 */
public final class ControleDEscalade {

    /** Satisfied, not satisfied, or a fact to know that is neither. */
    public enum Etat { SATISFAIT, NON_SATISFAIT, A_SAVOIR }

    /** One point of the list: what is checked, where the rule comes from, what was found. */
    public record Point(String intitule, String fondement, Etat etat, String constat) {
    }

    private ControleDEscalade() {
    }

    public static List<Point> pour(Dossier dossier, ContexteDEscalade contexte) {
        List<Point> points = new ArrayList<>();
        points.add(miseEnDemeure(dossier, contexte));
        points.add(sansReclamationNiContestation(dossier));
        points.add(nonSuspendu(dossier));
        points.add(nonPrescrit(contexte));
        points.add(montantAuRegardDuCout(contexte));
        points.add(titre(dossier));
        return List.copyOf(points);
    }

    /** Every point satisfied or only to be known. */
    public static boolean conforme(List<Point> points) {
        return points.stream().noneMatch(point -> point.etat() == Etat.NON_SATISFAIT);
    }

    private static Point miseEnDemeure(Dossier dossier, ContexteDEscalade contexte) {
        String intitule = "Mise en demeure envoyée, son délai écoulé";
        String fondement = "art. 1344 et 1231-6 C. civ.";
        List<Creance> sansMiseEnDemeure = dossier.creances().stream().filter(creance -> creance.miseEnDemeure().isEmpty()).toList();
        if (!sansMiseEnDemeure.isEmpty()) {
            return new Point(intitule, fondement, Etat.NON_SATISFAIT, sansMiseEnDemeure.size() == dossier.creances().size()
                    ? "aucune mise en demeure enregistrée"
                    : sansMiseEnDemeure.size() + " créance(s) sans mise en demeure");
        }
        LocalDate derniere = dossier.creances().stream().map(creance -> creance.miseEnDemeure().orElseThrow())
                .max(Comparator.naturalOrder()).orElseThrow();
        LocalDate finDuDelai = derniere.plusDays(contexte.delaiDeMiseEnDemeure());
        String faits = "mise en demeure du " + FormatFrancais.date(derniere) + ", délai de " + contexte.delaiDeMiseEnDemeure()
                + " jours";
        return contexte.aujourdhui().isAfter(finDuDelai)
                ? new Point(intitule, fondement, Etat.SATISFAIT, faits + " écoulé le " + FormatFrancais.date(finDuDelai))
                : new Point(intitule, fondement, Etat.NON_SATISFAIT, faits + " : il court jusqu'au " + FormatFrancais.date(finDuDelai));
    }

    private static Point sansReclamationNiContestation(Dossier dossier) {
        List<String> ouvertes = dossier.blocages().stream()
                .filter(blocage -> blocage == Blocage.RECLAMATION_OUVERTE || blocage == Blocage.CONTESTATION)
                .map(Blocage::libelle).toList();
        return new Point("Aucune réclamation ni contestation en cours", "usage de l'étude",
                ouvertes.isEmpty() ? Etat.SATISFAIT : Etat.NON_SATISFAIT,
                ouvertes.isEmpty() ? "aucune" : String.join(", ", ouvertes));
    }

    private static Point nonSuspendu(Dossier dossier) {
        List<String> suspensions = dossier.blocages().stream().filter(Blocage::suspendLeDossier).map(Blocage::libelle).toList();
        return new Point("Dossier non suspendu", "art. L722-2 C. conso.",
                suspensions.isEmpty() ? Etat.SATISFAIT : Etat.NON_SATISFAIT,
                suspensions.isEmpty() ? "aucune suspension" : String.join(", ", suspensions));
    }

    private static Point nonPrescrit(ContexteDEscalade contexte) {
        Optional<LocalDate> premiere = contexte.prescriptions().values().stream().min(Comparator.naturalOrder());
        String intitule = "Créances non prescrites";
        String fondement = "art. 2224 C. civ., L110-4 C. com., L218-2 C. conso., L111-4 CPCE";
        if (premiere.isEmpty()) {
            return new Point(intitule, fondement, Etat.A_SAVOIR, "aucune date de prescription calculée");
        }
        LocalDate date = premiere.get();
        return contexte.aujourdhui().isBefore(date)
                ? new Point(intitule, fondement, Etat.SATISFAIT, "première prescription le " + FormatFrancais.date(date))
                : new Point(intitule, fondement, Etat.NON_SATISFAIT, "créance prescrite le " + FormatFrancais.date(date));
    }

    private static Point montantAuRegardDuCout(ContexteDEscalade contexte) {
        boolean suffisant = contexte.solde().compareTo(contexte.coutEstimeDesPoursuites()) >= 0;
        return new Point("Montant au regard du coût des poursuites", "usage de l'étude",
                suffisant ? Etat.SATISFAIT : Etat.NON_SATISFAIT, "solde " + FormatFrancais.euros(contexte.solde())
                + (suffisant ? " pour un coût estimé de " : " inférieur au coût estimé de ")
                + FormatFrancais.euros(contexte.coutEstimeDesPoursuites()));
    }

    private static Point titre(Dossier dossier) {
        Optional<TitreExecutoire> titre = dossier.creances().stream().flatMap(creance -> creance.titre().stream())
                .max(Comparator.comparing(TitreExecutoire::date));
        return new Point("Titre exécutoire", "art. L111-2 et L111-3 CPCE", Etat.A_SAVOIR, titre
                .map(present -> "titre du " + FormatFrancais.date(present.date()) + " (" + present.juridiction()
                        + ") : l'exécution forcée est possible")
                .orElse("pas de titre : une procédure doit l'obtenir"));
    }
}
