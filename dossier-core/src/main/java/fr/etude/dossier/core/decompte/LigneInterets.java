package fr.etude.dossier.core.decompte;

import java.time.LocalDate;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.CreanceId;

/**
 * Interest of one créance over one period: base × taux × jours / diviseur, rounded to the cent.
 * The period runs from the day after {@code depuis} through {@code au}.
 */
public record LigneInterets(CreanceId creance, String libelleCreance, LocalDate depuis, LocalDate au, long jours,
                            Montant base, Taux taux, int diviseur, Montant montant) {

    /** The first day that bears interest on this line. */
    public LocalDate du() {
        return depuis.plusDays(1);
    }

    /** "Du 02/01/2024 au 30/06/2024 : 1 000,00 € × 8,01 % × 181 j / 366 = 39,61 € (intérêt légal…)". */
    public String libelle() {
        return "Du " + FormatFrancais.date(du()) + " au " + FormatFrancais.date(au) + " : "
                + FormatFrancais.euros(base) + " × " + FormatFrancais.pourcentage(taux.pourcentage()) + " × " + jours
                + " j / " + diviseur + " = " + FormatFrancais.euros(montant) + " (" + taux.origine() + ")";
    }
}
