package fr.etude.dossier.core.portefeuille;

import java.time.LocalDate;
import java.util.List;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.Etape;

/**
 * Port: a créancier's portfolio over time, read for its dashboard. Every figure is of that créancier's
 * dossiers only, filtered in the query itself; {@link IndicateursDuPortefeuille} makes the figures.
 */
public interface TableauDeBord {

    /**
     * What payments recovered by calendar month of their date, from {@code du} to {@code au} (both included),
     * months without any payment left out. A payment recovers its amount less its trop-perçu (to be returned to
     * the débiteur, never recovered); a reversed payment (contre-passé) recovers nothing, in any month.
     */
    List<RecouvreDuMois> recouvreParMois(CreancierId creancier, LocalDate du, LocalDate au);

    /**
     * The balance still owed on the dossiers in progress (open or suspended, balance above zero), grouped by the
     * day their debt fell due: the exigibilité of the dossier's oldest créance.
     */
    List<EncoursDuJour> encoursParExigibilite(CreancierId creancier);

    /** The dossiers in progress (open or suspended) at each stage; stages without any are left out. */
    List<DossiersALEtape> parEtape(CreancierId creancier);

    /**
     * Every dossier entrusted (closed ones too) by the calendar quarter of its opening, from the quarter that
     * holds {@code depuis}; quarters without any opening left out.
     */
    List<Cohorte> parTrimestreDOuverture(CreancierId creancier, LocalDate depuis);

    /** @param mois the month's first day */
    record RecouvreDuMois(LocalDate mois, Montant recouvre, long paiements) {
    }

    record EncoursDuJour(LocalDate exigibilite, long dossiers, Montant solde) {
    }

    record DossiersALEtape(Etape etape, long dossiers, Montant solde) {
    }

    /**
     * @param trimestre the quarter's first day
     * @param recouvre  what the payments of these dossiers recovered so far, reversals taken off
     */
    record Cohorte(LocalDate trimestre, long dossiers, Montant principal, Montant recouvre) {

        /** 1 to 4. */
        public int numero() {
            return (trimestre.getMonthValue() - 1) / 3 + 1;
        }

        public TauxDeRecouvrement taux() {
            return new TauxDeRecouvrement(recouvre, principal);
        }
    }
}
