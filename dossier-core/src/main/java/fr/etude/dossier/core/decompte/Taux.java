package fr.etude.dossier.core.decompte;

import java.math.BigDecimal;

/** A yearly rate in percent and where it comes from, as the décompte prints it. */
public record Taux(BigDecimal pourcentage, String origine) {

    public static final Taux NUL = new Taux(BigDecimal.ZERO, "aucun intérêt");
}
