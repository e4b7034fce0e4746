package fr.etude.dossier.core.remuneration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * The scale of the saisie des rémunérations for one calendar year (art. R3252-2 C. trav., thresholds
 * revised each year by décret): the yearly salary is cut into bands at the thresholds; each band may
 * be seized for its fraction, and all that is above the last threshold is seized. Each threshold is
 * raised by a fixed amount per dependant (art. R3252-3). Whatever the scale gives, the debtor keeps
 * each month at least the RSA of a household of one person (art. R3252-5 C. trav.).
 *
 * @param seuils               the yearly thresholds, increasing
 * @param fractions            the fraction of each band up to its threshold, one per threshold
 * @param parPersonneACharge   added to every threshold per dependant
 */
public record BaremeDeSaisie(int annee, List<Montant> seuils, List<Fraction> fractions, Montant parPersonneACharge,
                             String source, Optional<LocalDate> publieLe, boolean confirme) {

    public static final int SOURCE_MAX = 500;
    private static final BigDecimal MOIS_PAR_AN = BigDecimal.valueOf(12);

    public BaremeDeSaisie {
        if (annee < 1990 || annee > 2100) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "L'année " + annee + " ne convient pas.");
        }
        seuils = List.copyOf(seuils);
        fractions = List.copyOf(fractions);
        for (int i = 0; i < seuils.size(); i++) {
            if (!seuils.get(i).estPositif() || i > 0 && seuils.get(i).compareTo(seuils.get(i - 1)) <= 0) {
                throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, "Les seuils sont positifs et croissants : le seuil "
                        + (i + 1) + " ne l'est pas.");
            }
        }
        if (seuils.isEmpty() || fractions.size() != seuils.size()) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, "Il faut une fraction par seuil : " + seuils.size()
                    + " seuils, " + fractions.size() + " fractions.");
        }
        Objects.requireNonNull(parPersonneACharge);
        if (parPersonneACharge.estNegatif()) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, "La majoration par personne à charge ne peut être négative.");
        }
        source = source == null ? "" : source.strip();
        if (source.isEmpty()) {
            throw new RegleEnfreinte("La source est obligatoire : le décret qui fixe ce barème.");
        }
        if (source.length() > SOURCE_MAX) {
            throw new RegleEnfreinte("La source se dit en " + SOURCE_MAX + " caractères au plus.");
        }
        publieLe = publieLe == null ? Optional.empty() : publieLe;
    }

    /**
     * What may be seized from a net monthly salary: the scale on twelve times the salary, divided by
     * twelve, and never leaving the debtor less than {@code rsaPersonneSeule} (art. R3252-5). Each
     * band's share is exact; the yearly and the monthly amounts are each rounded half-up to the cent
     * from the exact total.
     */
    public QuotiteSaisissable quotite(Montant salaireMensuelNet, int personnesACharge, Montant rsaPersonneSeule) {
        if (personnesACharge < 0) {
            throw new IllegalArgumentException("Le nombre de personnes à charge ne peut être négatif.");
        }
        BigDecimal annuel = salaireMensuelNet.valeur().multiply(MOIS_PAR_AN);
        BigDecimal majoration = parPersonneACharge.valeur().multiply(BigDecimal.valueOf(personnesACharge));
        BigDecimal saisissable = BigDecimal.ZERO;
        BigDecimal bas = BigDecimal.ZERO;
        for (int i = 0; i < seuils.size() && annuel.compareTo(bas) > 0; i++) {
            BigDecimal haut = seuils.get(i).valeur().add(majoration);
            saisissable = saisissable.add(fractions.get(i).de(annuel.min(haut).subtract(bas)));
            bas = haut;
        }
        if (annuel.compareTo(bas) > 0) {
            saisissable = saisissable.add(annuel.subtract(bas));
        }
        Montant mensuelle = Montant.arrondi(saisissable.divide(MOIS_PAR_AN, MathContext.DECIMAL128));
        Montant plancher = salaireMensuelNet.moins(rsaPersonneSeule);
        boolean limitee = mensuelle.compareTo(plancher) > 0;
        if (limitee) {
            mensuelle = plancher.estPositif() ? plancher : Montant.ZERO;
        }
        return new QuotiteSaisissable(Montant.arrondi(saisissable), mensuelle, salaireMensuelNet.moins(mensuelle), limitee);
    }
}
