package fr.etude.dossier.core.tarif;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** Port: the commissaire's recovery tariffs, one per side and date of entry into force. */
public interface Tarifs {

    /** The tariff of that side in force on {@code le}: the latest that came into force by then. */
    default Optional<TarifDeRecouvrement> enVigueur(TarifDeRecouvrement.Cote cote, LocalDate le) {
        return table(cote).enVigueurLe(le);
    }

    /** Every tariff known, the most recent first. */
    List<TarifDeRecouvrement> tous();

    default TableDesTarifs table(TarifDeRecouvrement.Cote cote) {
        return new TableDesTarifs(cote, tous());
    }

    /**
     * Stores a tariff added, or checked again (its source, publication and status), with the audit of who,
     * when, before and after, and the reason.
     */
    void enregistrer(TarifDeRecouvrement tarif, Optional<String> motif, UtilisateurId auteur, String nomDeLAuteur);
}
