package fr.etude.dossier.core.tarif;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: the commissaire's recovery tariffs, one per side and date of entry into force. */
public interface Tarifs {

    /** The tariff of that side in force on {@code le}: the latest that came into force by then. */
    Optional<TarifDeRecouvrement> enVigueur(TarifDeRecouvrement.Cote cote, LocalDate le);

    /** Every tariff known, the most recent first. */
    List<TarifDeRecouvrement> tous();
}
