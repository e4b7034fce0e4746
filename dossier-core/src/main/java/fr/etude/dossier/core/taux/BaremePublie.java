package fr.etude.dossier.core.taux;

import fr.etude.dossier.core.creancier.CategorieCreancier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rates held in memory: the published tables shipped with the application
 * ({@code taux-interet-legal.csv}, {@code taux-bce-refinancement.csv}; each row names its source),
 * or a snapshot of the database's copy, which the administrator extends.
 */
public final class BaremePublie implements BaremeDesTaux {

    private final Map<Semestre, BigDecimal[]> interetLegal;
    private final Map<Semestre, BigDecimal> refinancementBce;
    private final java.util.Set<Semestre> interetLegalAConfirmer;
    private final java.util.Set<Semestre> refinancementBceAConfirmer;

    /**
     * @param interetLegal     per half-year: {rate for a private creditor, rate for other cases}
     * @param refinancementBce per half-year: the ECB rate L441-10 refers to
     */
    public static BaremePublie de(Map<Semestre, BigDecimal[]> interetLegal, Map<Semestre, BigDecimal> refinancementBce) {
        return new BaremePublie(interetLegal, refinancementBce, java.util.Set.of(), java.util.Set.of());
    }

    /** The same, with the half-years of each table still to check against the published text. */
    public static BaremePublie de(Map<Semestre, BigDecimal[]> interetLegal, Map<Semestre, BigDecimal> refinancementBce,
                                  java.util.Set<Semestre> interetLegalAConfirmer,
                                  java.util.Set<Semestre> refinancementBceAConfirmer) {
        return new BaremePublie(interetLegal, refinancementBce, interetLegalAConfirmer, refinancementBceAConfirmer);
    }

    private BaremePublie(Map<Semestre, BigDecimal[]> interetLegal, Map<Semestre, BigDecimal> refinancementBce,
                         java.util.Set<Semestre> interetLegalAConfirmer, java.util.Set<Semestre> refinancementBceAConfirmer) {
        this.interetLegalAConfirmer = java.util.Set.copyOf(interetLegalAConfirmer);
        this.refinancementBceAConfirmer = java.util.Set.copyOf(refinancementBceAConfirmer);
        // Same figures, same scale, whether read from the file or from the database's numeric(7,4).
        Map<Semestre, BigDecimal[]> legal = new java.util.HashMap<>();
        interetLegal.forEach((semestre, taux) -> legal.put(semestre,
                new BigDecimal[] {taux[0].stripTrailingZeros(), taux[1].stripTrailingZeros()}));
        Map<Semestre, BigDecimal> bce = new java.util.HashMap<>();
        refinancementBce.forEach((semestre, taux) -> bce.put(semestre, taux.stripTrailingZeros()));
        this.interetLegal = Map.copyOf(legal);
        this.refinancementBce = Map.copyOf(bce);
    }

    public static BaremePublie charger() {
        Map<Semestre, BigDecimal[]> legal = new HashMap<>();
        lire("taux-interet-legal.csv", colonnes -> legal.put(semestre(colonnes),
                new BigDecimal[] {new BigDecimal(colonnes[2]), new BigDecimal(colonnes[3])}));
        Map<Semestre, BigDecimal> bce = new HashMap<>();
        lire("taux-bce-refinancement.csv", colonnes -> bce.put(semestre(colonnes), new BigDecimal(colonnes[2])));
        return de(legal, bce);
    }

    @Override
    public Optional<BigDecimal> tauxInteretLegal(Semestre semestre, CategorieCreancier categorie) {
        return Optional.ofNullable(interetLegal.get(semestre))
                .map(taux -> taux[categorie == CategorieCreancier.PARTICULIER ? 0 : 1]);
    }

    @Override
    public Optional<BigDecimal> tauxRefinancementBce(Semestre semestre) {
        return Optional.ofNullable(refinancementBce.get(semestre));
    }

    @Override
    public boolean aConfirmer(TableDeTaux.Nature table, Semestre semestre) {
        return (table == TableDeTaux.Nature.INTERET_LEGAL ? interetLegalAConfirmer : refinancementBceAConfirmer)
                .contains(semestre);
    }

    private static Semestre semestre(String[] colonnes) {
        Semestre semestre = Semestre.contenant(LocalDate.parse(colonnes[0]));
        if (!semestre.debut().equals(LocalDate.parse(colonnes[0])) || !semestre.fin().equals(LocalDate.parse(colonnes[1]))) {
            throw new IllegalStateException("Ligne de barème qui ne couvre pas un semestre : " + String.join(",", colonnes));
        }
        return semestre;
    }

    private static void lire(String fichier, java.util.function.Consumer<String[]> ligne) {
        try (InputStream flux = BaremePublie.class.getResourceAsStream(fichier)) {
            if (flux == null) {
                throw new IllegalStateException("Barème absent : " + fichier);
            }
            BufferedReader lecteur = new BufferedReader(new InputStreamReader(flux, StandardCharsets.UTF_8));
            lecteur.readLine();
            String texte;
            while ((texte = lecteur.readLine()) != null) {
                if (!texte.isBlank()) {
                    ligne.accept(texte.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
