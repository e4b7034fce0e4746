package fr.etude.dossier.core.chiffre;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.calendrier.Delais;
import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * The dated values of one figure of the law. Each row is in force from its date until the next one,
 * so periods never overlap; a figure revalued every year (the RSA) must not skip a year, so that a
 * missing revaluation is said, never silently replaced by the old value. A row already in force may
 * have been used: correcting it needs a reason.
 */
public final class TableDuChiffre {

    /** Something the administrator must do: a value missing from a date, or one to confirm. */
    public record AFaire(ChiffreDeLaLoi chiffre, LocalDate le, boolean manquant) {
        public String libelle() {
            return chiffre.libelle() + " au " + FormatFrancais.date(le) + (manquant ? " : non saisi" : " : à confirmer");
        }
    }

    /** A row and the last day it is in force, if a later row ends it. */
    public record Periode(LigneDeChiffre ligne, Optional<LocalDate> fin) {
        public boolean enVigueurLe(LocalDate jour) {
            return !ligne.debut().isAfter(jour) && fin.map(dernier -> !jour.isAfter(dernier)).orElse(true);
        }
    }

    private final ChiffreDeLaLoi chiffre;
    private final TreeMap<LocalDate, LigneDeChiffre> lignes = new TreeMap<>();

    public TableDuChiffre(ChiffreDeLaLoi chiffre, List<LigneDeChiffre> lignes) {
        this.chiffre = chiffre;
        lignes.forEach(ligne -> this.lignes.put(ligne.debut(), ligne));
    }

    public ChiffreDeLaLoi chiffre() {
        return chiffre;
    }

    /** The rows with their periods, most recent first. */
    public List<Periode> periodes() {
        List<Periode> periodes = new ArrayList<>();
        for (LigneDeChiffre ligne : lignes.descendingMap().values()) {
            periodes.add(new Periode(ligne, Optional.ofNullable(lignes.higherKey(ligne.debut())).map(suivant -> suivant.minusDays(1))));
        }
        return periodes;
    }

    public Optional<LigneDeChiffre> ligne(LocalDate debut) {
        return Optional.ofNullable(lignes.get(debut));
    }

    /** The row in force on {@code jour}: the latest that came into force by then. */
    public Optional<LigneDeChiffre> enVigueurLe(LocalDate jour) {
        return Optional.ofNullable(lignes.floorEntry(jour)).map(Map.Entry::getValue);
    }

    /** The value in force on {@code jour}, or the refusal naming the figure and the day. */
    public BigDecimal valeurLe(LocalDate jour) {
        return enVigueurLe(jour).map(LigneDeChiffre::valeur).orElseThrow(() -> new RegleEnfreinte(
                "Le chiffre « " + chiffre.libelle() + " » (" + chiffre.article() + ") en vigueur le " + FormatFrancais.date(jour)
                        + " n'est pas saisi : l'administrateur doit le saisir."));
    }

    public Montant montantLe(LocalDate jour) {
        return Montant.of(valeurLe(jour));
    }

    /**
     * The last day of a deadline that starts on {@code depart}, with the length in force that day
     * (art. 641 CPC: counted from the day after, months to the same day of the month or its last
     * day), moved to the next working day (art. 642 CPC).
     */
    public LocalDate finDuDelai(LocalDate depart, boolean alsaceMoselle) {
        int duree = valeurLe(depart).intValueExact();
        return switch (chiffre.unite()) {
            case JOURS -> Delais.enJours(depart, duree, alsaceMoselle);
            case MOIS -> Delais.enMois(depart, duree, alsaceMoselle);
            default -> throw new IllegalStateException(chiffre.libelle() + " n'est pas un délai.");
        };
    }

    /**
     * For a figure revalued every year: the revaluation day, by {@code jour}, that has no row yet.
     * The last known value may still be used, but the caller says that it is not the current one.
     */
    public Optional<LocalDate> revalorisationManquanteLe(LocalDate jour) {
        if (chiffre.revalorisation().isEmpty() || lignes.isEmpty()) {
            return Optional.empty();
        }
        LocalDate attendue = prochaineRevalorisation(lignes.lastKey());
        return attendue.isAfter(jour) ? Optional.empty() : Optional.of(attendue);
    }

    /**
     * Adds a row after the last one, or an older one before the first (it ends the day before): never
     * inside a period already covered, never one that skips a revaluation.
     */
    public LigneDeChiffre ajouter(LigneDeChiffre ligne) {
        exigerCeChiffre(ligne);
        if (lignes.containsKey(ligne.debut())) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "Une valeur entre déjà en vigueur le "
                    + FormatFrancais.date(ligne.debut()) + " : corrigez-la plutôt.");
        }
        if (!lignes.isEmpty() && ligne.debut().isAfter(lignes.firstKey()) && ligne.debut().isBefore(lignes.lastKey())) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "La période qui commencerait le " + FormatFrancais.date(ligne.debut())
                    + " chevaucherait celle de la valeur en vigueur du " + FormatFrancais.date(lignes.lowerKey(ligne.debut()))
                    + " : une nouvelle valeur entre en vigueur après le " + FormatFrancais.date(lignes.lastKey())
                    + ", ou corrigez celle de la période.");
        }
        if (!lignes.isEmpty() && chiffre.revalorisation().isPresent()) {
            LocalDate attendue = prochaineRevalorisation(lignes.lastKey());
            if (ligne.debut().isAfter(attendue)) {
                throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "Le chiffre « " + chiffre.libelle()
                        + " » est revalorisé chaque année : une valeur au " + FormatFrancais.date(ligne.debut())
                        + " laisserait un trou. Saisissez d'abord celle du " + FormatFrancais.date(attendue) + ".");
            }
        }
        lignes.put(ligne.debut(), ligne);
        return ligne;
    }

    /** Corrects a row's value, source or status; one already in force may have been used, so a reason is kept. */
    public LigneDeChiffre corriger(LigneDeChiffre ligne, Optional<String> motif, LocalDate aujourdhui) {
        exigerCeChiffre(ligne);
        if (!lignes.containsKey(ligne.debut())) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "Aucune valeur n'entre en vigueur le "
                    + FormatFrancais.date(ligne.debut()) + " : ajoutez-la.");
        }
        if (!ligne.debut().isAfter(aujourdhui) && motif.filter(texte -> !texte.isBlank()).isEmpty()) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.MOTIF, "Cette valeur est en vigueur depuis le "
                    + FormatFrancais.date(ligne.debut()) + " : des calculs ont pu s'en servir. Dites pourquoi vous la corrigez.");
        }
        lignes.put(ligne.debut(), ligne);
        return ligne;
    }

    /** The revaluation missing by today, then the rows still to confirm that are in force or to come. */
    public List<AFaire> aFaire(LocalDate aujourdhui) {
        List<AFaire> aFaire = new ArrayList<>();
        if (lignes.isEmpty()) {
            aFaire.add(new AFaire(chiffre, aujourdhui, true));
        }
        revalorisationManquanteLe(aujourdhui).ifPresent(le -> aFaire.add(new AFaire(chiffre, le, true)));
        periodes().stream().filter(periode -> !periode.ligne().confirme())
                .filter(periode -> periode.fin().map(fin -> !fin.isBefore(aujourdhui)).orElse(true))
                .map(periode -> new AFaire(chiffre, periode.ligne().debut(), false))
                .sorted(java.util.Comparator.comparing(AFaire::le)).forEach(aFaire::add);
        return aFaire;
    }

    private LocalDate prochaineRevalorisation(LocalDate apres) {
        LocalDate cetteAnnee = chiffre.revalorisation().orElseThrow().atYear(apres.getYear());
        return cetteAnnee.isAfter(apres) ? cetteAnnee : cetteAnnee.plusYears(1);
    }

    private void exigerCeChiffre(LigneDeChiffre ligne) {
        if (ligne.chiffre() != chiffre) {
            throw new IllegalArgumentException("Cette ligne est celle du chiffre « " + ligne.chiffre().libelle() + " ».");
        }
    }
}
