package fr.etude.dossier.core.tarif;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * The proportional emolument of a commissaire de justice for the sums he recovers, as set by the
 * tariff in force on a date: art. A444-31 C. com. (charged to the debtor) and A444-32 (charged to the
 * creditor). Below a threshold a fixed amount is due; above it, each band of the amount recovered
 * bears its rate, the whole within a cap.
 *
 * @param seuilDuForfait up to this amount recovered, the fixed amount is due instead of the bands
 * @param tranches       the bands from 0, in order; the last one may be open
 * @param plafond        the emolument never exceeds it
 * @param publieLe       when the arrêté was published, if known
 * @param confirme       checked against the published arrêté; else "à confirmer"
 */
public record TarifDeRecouvrement(Cote cote, LocalDate enVigueurLe, Montant seuilDuForfait, Montant forfait,
                                  List<Tranche> tranches, Montant plafond, String source, Optional<LocalDate> publieLe,
                                  boolean confirme) {

    public static final int SOURCE_MAX = 500;

    /** Who bears the emolument. */
    public enum Cote {
        DEBITEUR("art. A444-31 C. com."), CREANCIER("art. A444-32 C. com.");

        private final String article;

        Cote(String article) {
            this.article = article;
        }

        public String article() {
            return article;
        }
    }

    /**
     * A band of the amount recovered and its rate.
     *
     * @param jusqua the band's upper bound, or empty for the last one
     */
    public record Tranche(Montant de, Optional<Montant> jusqua, BigDecimal tauxPourcent) {
        public Tranche {
            Objects.requireNonNull(de);
            if (tauxPourcent == null || tauxPourcent.signum() < 0 || tauxPourcent.compareTo(BigDecimal.valueOf(100)) > 0
                    || tauxPourcent.stripTrailingZeros().scale() > 4) {
                throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, "Le taux de chaque tranche est un pourcentage entre 0 et 100, à quatre décimales au plus.");
            }
            if (jusqua.filter(fin -> fin.compareTo(de) <= 0).isPresent()) {
                throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, "Une tranche finit après son début : la tranche de "
                        + fr.etude.dossier.core.argent.FormatFrancais.euros(de) + " ne peut finir à "
                        + fr.etude.dossier.core.argent.FormatFrancais.euros(jusqua.get()) + ".");
            }
        }
    }

    /** A tariff without the date of its publication (as the tests of the emolument write it). */
    public TarifDeRecouvrement(Cote cote, LocalDate enVigueurLe, Montant seuilDuForfait, Montant forfait,
                               List<Tranche> tranches, Montant plafond, String source, boolean confirme) {
        this(cote, enVigueurLe, seuilDuForfait, forfait, tranches, plafond, source, Optional.empty(), confirme);
    }

    public TarifDeRecouvrement {
        Objects.requireNonNull(cote);
        if (enVigueurLe == null) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "La date d'entrée en vigueur est obligatoire.");
        }
        tranches = List.copyOf(tranches);
        if (tranches.isEmpty() || tranches.get(0).de().estPositif()) {
            throw new IllegalArgumentException("Les tranches d'un tarif partent de 0.");
        }
        for (int i = 1; i < tranches.size(); i++) {
            Montant debut = tranches.get(i).de();
            if (!tranches.get(i - 1).jusqua().map(debut::equals).orElse(false)) {
                throw new IllegalArgumentException("Les tranches d'un tarif se suivent sans trou ni chevauchement.");
            }
        }
        for (int i = 0; i < tranches.size() - 1; i++) {
            if (tranches.get(i).jusqua().isEmpty()) {
                throw new IllegalArgumentException("Seule la dernière tranche peut être sans limite.");
            }
        }
        if (Objects.requireNonNull(seuilDuForfait).estNegatif() || Objects.requireNonNull(forfait).estNegatif()
                || !Objects.requireNonNull(plafond).estPositif()) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT,
                    "Le seuil et le montant du forfait ne peuvent être négatifs, et le plafond doit être positif.");
        }
        source = source == null ? "" : source.strip();
        if (source.isEmpty()) {
            throw new RegleEnfreinte("La source est obligatoire : l'arrêté qui fixe ce tarif.");
        }
        if (source.length() > SOURCE_MAX) {
            throw new RegleEnfreinte("La source se dit en " + SOURCE_MAX + " caractères au plus.");
        }
        publieLe = publieLe == null ? Optional.empty() : publieLe;
    }

    /** The same tariff with its source, publication and status as checked again. */
    public TarifDeRecouvrement verifie(String nouvelleSource, Optional<LocalDate> publication, boolean estConfirme) {
        return new TarifDeRecouvrement(cote, enVigueurLe, seuilDuForfait, forfait, tranches, plafond, nouvelleSource,
                publication, estConfirme);
    }

    /** The emolument for {@code recouvre}, rounded half-up to the cent, within the cap. */
    public Montant emolument(Montant recouvre) {
        if (!recouvre.estPositif()) {
            return Montant.ZERO;
        }
        if (recouvre.compareTo(seuilDuForfait) <= 0) {
            return forfait.min(plafond);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Tranche tranche : tranches) {
            if (recouvre.compareTo(tranche.de()) <= 0) {
                break;
            }
            Montant haut = tranche.jusqua().map(recouvre::min).orElse(recouvre);
            total = total.add(haut.moins(tranche.de()).valeur().multiply(tranche.tauxPourcent())
                    .divide(BigDecimal.valueOf(100)));
        }
        return Montant.arrondi(total).min(plafond);
    }
}
