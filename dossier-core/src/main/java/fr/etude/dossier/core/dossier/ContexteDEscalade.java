package fr.etude.dossier.core.dossier;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.chiffre.TableDuChiffre;
import fr.etude.dossier.core.creance.CreanceId;

/**
 * What the policies need besides the dossier: the day, the balance, each créance's prescription
 * date, and the office's figures for risk flags.
 *
 * @param coutEstimeDesPoursuites     what proceedings would cost: a balance below it is flagged
 * @param plafondsDesPetitesCreances  the dated ceilings of art. L125-1 and R125-1 CPCE
 * @param preavisDePrescription       how long before the date a near prescription is flagged
 * @param delaiDeMiseEnDemeure        the days the mise en demeure leaves the débiteur (the office's setting)
 */
public record ContexteDEscalade(LocalDate aujourdhui, Montant solde, Map<CreanceId, LocalDate> prescriptions,
                                Montant coutEstimeDesPoursuites, TableDuChiffre plafondsDesPetitesCreances,
                                Period preavisDePrescription, int delaiDeMiseEnDemeure) {

    public ContexteDEscalade {
        prescriptions = Map.copyOf(prescriptions);
    }

    /** The ceiling in force on the day of the decision (art. L125-1 CPCE), or the refusal saying it is not entered. */
    public Montant plafondPetitesCreances() {
        return plafondsDesPetitesCreances.montantLe(aujourdhui);
    }
}
