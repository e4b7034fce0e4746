package fr.etude.dossier.core.remuneration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * The scales of the saisie des rémunérations, one per calendar year without holes (art. R3252-2 C.
 * trav.: the thresholds are revised each 1 January). A year that has begun may have been used:
 * correcting it needs a reason.
 */
public final class TableDesBaremesDeSaisie {

    /** Something the administrator must do: a year missing, or one to confirm. */
    public record AFaire(int annee, boolean manquant) {
        public String libelle() {
            return "Barème de saisie des rémunérations " + annee + (manquant ? " : non saisi" : " : à confirmer");
        }
    }

    private final TreeMap<Integer, BaremeDeSaisie> baremes = new TreeMap<>();

    public TableDesBaremesDeSaisie(List<BaremeDeSaisie> baremes) {
        baremes.forEach(bareme -> this.baremes.put(bareme.annee(), bareme));
    }

    /** The scales, most recent first. */
    public List<BaremeDeSaisie> baremes() {
        return List.copyOf(baremes.descendingMap().values());
    }

    public Optional<BaremeDeSaisie> de(int annee) {
        return Optional.ofNullable(baremes.get(annee));
    }

    /** The scale of the year of {@code jour}, or the refusal naming that year. */
    public BaremeDeSaisie enVigueurLe(LocalDate jour) {
        return de(jour.getYear()).orElseThrow(() -> new RegleEnfreinte("Le barème de saisie des rémunérations "
                + jour.getYear() + " (art. R3252-2 C. trav.) n'est pas saisi : l'administrateur doit le saisir."));
    }

    /** The year to enter next: the one after the last known, or the current one. */
    public int prochaineASaisir(LocalDate aujourdhui) {
        return baremes.isEmpty() ? aujourdhui.getYear() : baremes.lastKey() + 1;
    }

    /** Adds the year after the last one (or before the first): never one already there, never one that leaves a hole. */
    public BaremeDeSaisie ajouter(BaremeDeSaisie bareme) {
        if (baremes.containsKey(bareme.annee())) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "Le barème " + bareme.annee() + " est déjà saisi : corrigez-le plutôt.");
        }
        if (!baremes.isEmpty() && bareme.annee() != baremes.lastKey() + 1 && bareme.annee() != baremes.firstKey() - 1) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "Les barèmes vont de " + baremes.firstKey() + " à "
                    + baremes.lastKey() + " : " + bareme.annee() + " y laisserait un trou. Saisissez d'abord "
                    + (bareme.annee() > baremes.lastKey() ? baremes.lastKey() + 1 : baremes.firstKey() - 1) + ".");
        }
        baremes.put(bareme.annee(), bareme);
        return bareme;
    }

    /** Corrects a year's scale; one that has begun may have been used, so a reason is kept. */
    public BaremeDeSaisie corriger(BaremeDeSaisie bareme, Optional<String> motif, LocalDate aujourdhui) {
        if (!baremes.containsKey(bareme.annee())) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "Le barème " + bareme.annee() + " n'est pas saisi : ajoutez-le.");
        }
        if (bareme.annee() <= aujourdhui.getYear() && motif.filter(texte -> !texte.isBlank()).isEmpty()) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.MOTIF, "Le barème " + bareme.annee()
                    + " est en vigueur depuis le 1er janvier : des calculs ont pu s'en servir. Dites pourquoi vous le corrigez.");
        }
        baremes.put(bareme.annee(), bareme);
        return bareme;
    }

    /** The current year when missing, then the scales still to confirm of this year and the next. */
    public List<AFaire> aFaire(LocalDate aujourdhui) {
        List<AFaire> aFaire = new ArrayList<>();
        int annee = aujourdhui.getYear();
        for (int manquante = prochaineASaisir(aujourdhui); manquante <= annee; manquante++) {
            aFaire.add(new AFaire(manquante, true));
        }
        baremes.values().stream().filter(bareme -> !bareme.confirme())
                .filter(bareme -> bareme.annee() >= annee && bareme.annee() <= annee + 1)
                .forEach(bareme -> aFaire.add(new AFaire(bareme.annee(), false)));
        return aFaire;
    }
}
