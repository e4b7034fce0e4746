package fr.etude.dossier.core.tarif;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.argent.Montant;

/**
 * The proportional emolument of a commissaire de justice for the sums he recovers, as set by the
 * tariff in force on a date: art. A444-31 C. com. (charged to the debtor) and A444-32 (charged to the
 * creditor). Below a threshold a fixed amount is due; above it, each band of the amount recovered
 * bears its rate, the whole within a cap.
 *
 * @param seuilDuForfait up to this amount recovered, the fixed amount is due instead of the bands
 * @param tranches       the bands from 0, in order; the last one may be open
 * @param plafond        the emolument never exceeds it
 */
public record TarifDeRecouvrement(Cote cote, LocalDate enVigueurLe, Montant seuilDuForfait, Montant forfait,
                                  List<Tranche> tranches, Montant plafond, String source, boolean confirme) {

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
            Objects.requireNonNull(tauxPourcent);
            if (jusqua.filter(fin -> fin.compareTo(de) <= 0).isPresent()) {
                throw new IllegalArgumentException("Une tranche finit après son début.");
            }
        }
    }

    public TarifDeRecouvrement {
        Objects.requireNonNull(cote);
        Objects.requireNonNull(enVigueurLe);
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
