package fr.etude.dossier.core.portefeuille;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import fr.etude.dossier.core.argent.Montant;

/**
 * The share of the principal entrusted that payments recovered, in per cent with two decimals (half-up);
 * none when nothing was entrusted.
 */
public record TauxDeRecouvrement(Montant recouvre, Montant principal) {

    private static final BigDecimal CENT = BigDecimal.valueOf(100);

    public Optional<BigDecimal> pourcentage() {
        if (!principal.estPositif()) {
            return Optional.empty();
        }
        return Optional.of(recouvre.valeur().multiply(CENT).divide(principal.valeur(), 2, RoundingMode.HALF_UP));
    }
}
