package fr.etude.dossier.core.chiffre;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.Optional;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * A figure of the law that the rules read by date, each with its unit, its article and the bounds
 * outside which a typed value is an error, not a new law. Its values are dated rows
 * ({@link TableDuChiffre}) kept by the administrator.
 */
public enum ChiffreDeLaLoi {
    /** Revalued each 1 April (art. L262-3 and R262-1 CASF): a year without its row is said missing. */
    RSA_PERSONNE_SEULE("RSA", "art. L262-2 CASF", Unite.MONTANT, 100, 5_000, MonthDay.of(4, 1)),
    PLAFOND_PETITES_CREANCES("Plafond des petites créances", "art. L125-1 et R125-1 CPCE", Unite.MONTANT, 1, 100_000, null),
    DELAI_SIGNIFICATION_INJONCTION("Délai de signification de l'injonction de payer", "art. 1411 CPC", Unite.MOIS, 1, 12, null),
    DELAI_OPPOSITION_INJONCTION("Délai d'opposition à l'injonction de payer", "art. 1416 CPC", Unite.MOIS, 1, 6, null),
    DELAI_COMMANDEMENT_SAISIE_VENTE("Délai du commandement de payer aux fins de saisie-vente", "art. R221-1 CPCE",
            Unite.JOURS, 1, 60, null),
    DELAI_DENONCIATION_SAISIE_ATTRIBUTION("Délai de dénonciation de la saisie-attribution", "art. R211-3 CPCE",
            Unite.JOURS, 1, 60, null),
    DELAI_CONTESTATION_SAISIE_ATTRIBUTION("Délai de contestation de la saisie-attribution", "art. R211-11 CPCE",
            Unite.MOIS, 1, 6, null),
    HEURE_PREMIER_ACTE("Heure du premier acte d'exécution", "art. L141-1 CPCE", Unite.HEURE, 0, 12, null),
    HEURE_DERNIER_ACTE("Heure après laquelle aucun acte d'exécution", "art. L141-1 CPCE", Unite.HEURE, 12, 24, null);

    /** How a value is counted, and written. */
    public enum Unite {
        JOURS("jours"), MOIS("mois"), HEURE("heures"), MONTANT("euros");

        private final String nom;

        Unite(String nom) {
            this.nom = nom;
        }

        /** The unit's name in a sentence: "en jours", "en mois". */
        public String nom() {
            return nom;
        }

        /** {@code 8 jours}, {@code 1 mois}, {@code 21 h}, {@code 5 000,00 €}. */
        public String ecrire(BigDecimal valeur) {
            return switch (this) {
                case JOURS -> valeur.toPlainString() + (valeur.compareTo(BigDecimal.ONE) > 0 ? " jours" : " jour");
                case MOIS -> valeur.toPlainString() + " mois";
                case HEURE -> valeur.toPlainString() + " h";
                case MONTANT -> FormatFrancais.euros(Montant.of(valeur));
            };
        }
    }

    private final String libelle;
    private final String article;
    private final Unite unite;
    private final int min;
    private final int max;
    private final MonthDay revalorisation;

    ChiffreDeLaLoi(String libelle, String article, Unite unite, int min, int max, MonthDay revalorisation) {
        this.libelle = libelle;
        this.article = article;
        this.unite = unite;
        this.min = min;
        this.max = max;
        this.revalorisation = revalorisation;
    }

    public String libelle() {
        return libelle;
    }

    public String article() {
        return article;
    }

    public Unite unite() {
        return unite;
    }

    /** The day of the year a new value is due, for a figure revalued every year. */
    public Optional<MonthDay> revalorisation() {
        return Optional.ofNullable(revalorisation);
    }

    /** The value as typed ({@code 5 000}, {@code 646,52}, {@code 3}), checked against the unit and the bounds. */
    public BigDecimal lire(String texte) {
        String nettoye = texte == null ? "" : texte.replaceAll("[\\s\u00a0\u202f€]", "").replace(',', '.');
        BigDecimal valeur;
        try {
            valeur = new BigDecimal(nettoye);
        } catch (NumberFormatException illisible) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, "« " + texte + " » n'est pas "
                    + (unite == Unite.MONTANT ? "un montant (ex. 5 000,00)." : "un nombre entier (en " + unite.nom() + ")."));
        }
        verifier(valeur);
        return unite == Unite.MONTANT ? valeur.setScale(2) : valeur.stripTrailingZeros().setScale(0);
    }

    /** A value in its unit (whole days, months and hours; amounts to the cent) and within the bounds. */
    public void verifier(BigDecimal valeur) {
        if (unite == Unite.MONTANT ? valeur.stripTrailingZeros().scale() > 2 : valeur.stripTrailingZeros().scale() > 0) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, unite == Unite.MONTANT
                    ? "Un montant se saisit au centime." : "Ce chiffre se compte en " + unite.nom() + " entiers.");
        }
        if (valeur.compareTo(BigDecimal.valueOf(min)) < 0 || valeur.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, unite.ecrire(unite == Unite.MONTANT ? valeur.setScale(2) : valeur.setScale(0)) + " est hors des bornes de ce chiffre : entre "
                    + unite.ecrire(borne(min)) + " et " + unite.ecrire(borne(max)) + ".");
        }
    }

    private BigDecimal borne(int valeur) {
        return unite == Unite.MONTANT ? BigDecimal.valueOf(valeur).setScale(2) : BigDecimal.valueOf(valeur);
    }
}
