package fr.etude.dossier.core.taux;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * A legal table set by half-year (taux de l'intérêt légal, L313-2 CMF; ECB refinancing rate, L441-10
 * C. com.): one row per half-year, without holes, so that a décompte never meets a silent gap. A
 * half-year that has begun may have been used by a décompte: correcting it needs a reason.
 */
public final class TableDeTaux {

    /** Which table, as the office names it. */
    public enum Nature {
        INTERET_LEGAL("taux de l'intérêt légal", 2), REFINANCEMENT_BCE("taux de refinancement de la BCE", 1);

        private final String libelle;
        private final int tauxParSemestre;

        Nature(String libelle, int tauxParSemestre) {
            this.libelle = libelle;
            this.tauxParSemestre = tauxParSemestre;
        }

        public String libelle() {
            return libelle;
        }

        public int tauxParSemestre() {
            return tauxParSemestre;
        }
    }

    /** Something the administrator must do: a half-year missing, or one to confirm. */
    public record AFaire(Nature table, Semestre semestre, boolean manquant) {
        public String libelle() {
            return table.libelle() + " du " + semestre.libelle() + (manquant ? " : non saisi" : " : à confirmer");
        }
    }

    private final Nature nature;
    private final TreeMap<Semestre, LigneDeTaux> lignes = new TreeMap<>();

    public TableDeTaux(Nature nature, List<LigneDeTaux> lignes) {
        this.nature = nature;
        lignes.forEach(ligne -> this.lignes.put(ligne.semestre(), ligne));
    }

    public Nature nature() {
        return nature;
    }

    /** The rows, most recent first. */
    public List<LigneDeTaux> lignes() {
        return List.copyOf(lignes.descendingMap().values());
    }

    public Optional<LigneDeTaux> ligne(Semestre semestre) {
        return Optional.ofNullable(lignes.get(semestre));
    }

    /** The half-year to enter next: the one after the last known (or the current one, for an empty table). */
    public Semestre prochainASaisir(LocalDate aujourdhui) {
        return lignes.isEmpty() ? Semestre.contenant(aujourdhui) : lignes.lastKey().suivant();
    }

    /** The last day a décompte can reach with this table, if it has any row. */
    public Optional<LocalDate> connuJusquAu() {
        return lignes.isEmpty() ? Optional.empty() : Optional.of(lignes.lastKey().fin());
    }

    /** Adds the half-year after the last one: never one already there, never one that leaves a hole. */
    public LigneDeTaux ajouter(LigneDeTaux ligne) {
        exigerLeBonNombreDeTaux(ligne);
        if (lignes.containsKey(ligne.semestre())) {
            throw new RegleEnfreinte("Le " + ligne.semestre().libelle() + " est déjà saisi : corrigez-le plutôt.");
        }
        if (!lignes.isEmpty() && !ligne.semestre().equals(lignes.lastKey().suivant())
                && !lignes.firstKey().equals(ligne.semestre().suivant())) {
            throw new RegleEnfreinte("La table va du " + lignes.firstKey().libelle() + " au " + lignes.lastKey().libelle()
                    + " : le " + ligne.semestre().libelle() + " y laisserait un trou. Saisissez d'abord le "
                    + lignes.lastKey().suivant().libelle() + ".");
        }
        lignes.put(ligne.semestre(), ligne);
        return ligne;
    }

    /**
     * Corrects a half-year's row. One that has begun may already be in a décompte: the reason is
     * kept with the correction in the audit journal.
     */
    public LigneDeTaux corriger(LigneDeTaux ligne, Optional<String> motif, LocalDate aujourdhui) {
        exigerLeBonNombreDeTaux(ligne);
        if (!lignes.containsKey(ligne.semestre())) {
            throw new RegleEnfreinte("Le " + ligne.semestre().libelle() + " n'est pas dans la table : ajoutez-le.");
        }
        if (!ligne.semestre().debut().isAfter(aujourdhui) && motif.filter(texte -> !texte.isBlank()).isEmpty()) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.MOTIF, "Le " + ligne.semestre().libelle() + " a commencé : des décomptes ont pu s'en servir. "
                    + "Dites pourquoi vous le corrigez.");
        }
        lignes.put(ligne.semestre(), ligne);
        return ligne;
    }

    /** What is missing up to the current half-year, then the rows still to confirm, oldest first. */
    public List<AFaire> aFaire(LocalDate aujourdhui) {
        List<AFaire> aFaire = new java.util.ArrayList<>();
        Semestre courant = Semestre.contenant(aujourdhui);
        for (Semestre semestre = prochainASaisir(aujourdhui); semestre.compareTo(courant) <= 0; semestre = semestre.suivant()) {
            aFaire.add(new AFaire(nature, semestre, true));
        }
        lignes.values().stream().filter(ligne -> !ligne.confirme())
                .filter(ligne -> ligne.semestre().compareTo(courant.suivant()) <= 0
                        && ligne.semestre().compareTo(new Semestre(courant.annee() - 1, courant.numero())) >= 0)
                .forEach(ligne -> aFaire.add(new AFaire(nature, ligne.semestre(), false)));
        return aFaire;
    }

    private void exigerLeBonNombreDeTaux(LigneDeTaux ligne) {
        if (ligne.taux().size() != nature.tauxParSemestre()) {
            throw new IllegalArgumentException("Le " + nature.libelle() + " compte " + nature.tauxParSemestre()
                    + " taux par semestre.");
        }
    }
}
