package fr.etude.dossier.core.reglage;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.contact.PolitiqueDeContact;
import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * The office's settings that the rules read, each with the bounds that make sense and the key under
 * which it is stored. An administrator changes them from the browser; every change is audited.
 */
public enum Reglage {
    CONTACT_HEURE_DEBUT("contact.heure-debut", Nature.HEURE, 6, 12),
    CONTACT_HEURE_FIN("contact.heure-fin", Nature.HEURE, 14, 21),
    CONTACT_TENTATIVES_MAX("contact.tentatives-max", Nature.ENTIER, 1, 20),
    CONTACT_JOURS_FENETRE("contact.jours-fenetre", Nature.ENTIER, 1, 31),
    CONTACT_JOURS_REPOS("contact.jours-repos", Nature.ENTIER, 0, 31),
    CONTACT_JOURS_COURRIER("contact.jours-courrier", Nature.ENTIER, 0, 60),
    CONTACT_HORIZON_PROMESSES_MOIS("contact.horizon-promesses-mois", Nature.ENTIER, 1, 24),
    ECHEANCIER_JOURS_DE_GRACE("echeancier.jours-de-grace", Nature.ENTIER, 0, 60),
    ESCALADE_COUT_ESTIME("escalade.cout-estime-des-poursuites", Nature.MONTANT, 0, 100_000),
    MISE_EN_DEMEURE_DELAI_JOURS("mise-en-demeure.delai-jours", Nature.ENTIER, 1, 60),
    RECLAMATION_DELAI_REPONSE_JOURS("reclamation.delai-reponse-jours", Nature.ENTIER, 1, 60),
    PRESCRIPTION_PREAVIS_MOIS("prescription.preavis-mois", Nature.ENTIER, 1, 36);

    /** How a setting's value is written and checked. */
    public enum Nature { ENTIER, MONTANT, HEURE }

    private final String cle;
    private final Nature nature;
    private final int min;
    private final int max;

    Reglage(String cle, Nature nature, int min, int max) {
        this.cle = cle;
        this.nature = nature;
        this.min = min;
        this.max = max;
    }

    public String cle() {
        return cle;
    }

    public Nature nature() {
        return nature;
    }

    /** The value as stored, once checked: a number, an amount with two decimals, or hh:mm. */
    public String verifier(String valeur) {
        String texte = valeur == null ? "" : valeur.strip().replace(',', '.');
        try {
            switch (nature) {
                case ENTIER -> {
                    int entier = Integer.parseInt(texte);
                    dansLesBornes(entier, String.valueOf(entier));
                    return String.valueOf(entier);
                }
                case MONTANT -> {
                    Montant montant = Montant.of(new BigDecimal(texte.replaceAll("[\\s\u00a0\u202f€]", "")));
                    dansLesBornes(montant.valeur().intValue(), montant.valeur().toPlainString());
                    if (montant.estNegatif()) {
                        throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, "Ce montant ne peut être négatif.");
                    }
                    return montant.valeur().toPlainString();
                }
                default -> {
                    LocalTime heure = LocalTime.parse(texte.length() == 4 ? "0" + texte : texte);
                    dansLesBornes(heure.getHour(), heure.toString());
                    return heure.toString();
                }
            }
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, "« " + valeur + " » n'est pas "
                    + switch (nature) {
                        case ENTIER -> "un nombre entier.";
                        case MONTANT -> "un montant (ex. 5 000,00).";
                        case HEURE -> "une heure hh:mm (ex. 08:00).";
                    });
        }
    }

    private void dansLesBornes(int valeur, String texte) {
        if (valeur < min || valeur > max) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, texte + " est hors des bornes de ce réglage : entre "
                    + min + (nature == Nature.HEURE ? "h" : "") + " et " + max + (nature == Nature.HEURE ? "h" : "") + ".");
        }
    }

    /** The contact policy the settings describe: calls never on Sundays nor holidays (L3133-1 C. trav.). */
    public static PolitiqueDeContact politiqueDeContact(ReglagesDeLEtude.Instantane reglages) {
        return new PolitiqueDeContact(reglages.heure(CONTACT_HEURE_DEBUT), reglages.heure(CONTACT_HEURE_FIN),
                EnumSet.of(DayOfWeek.SUNDAY), true, reglages.entier(CONTACT_TENTATIVES_MAX),
                reglages.entier(CONTACT_JOURS_FENETRE), reglages.entier(CONTACT_JOURS_REPOS),
                reglages.entier(CONTACT_JOURS_COURRIER));
    }
}
