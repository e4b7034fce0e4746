package fr.etude.dossier.web.tarif;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.tarif.TableDesTarifs;
import fr.etude.dossier.core.tarif.TarifDeRecouvrement;
import fr.etude.dossier.core.tarif.Tarifs;

/**
 * The commissaire's recovery tariffs kept by the administrator: one added is used by the fee function
 * from its date (the tariffs are read at each use, on every instance).
 */
@Service
class TarifsDeRecouvrement {

    private final Tarifs tarifs;
    private final Clock horloge;

    TarifsDeRecouvrement(Tarifs tarifs, Clock horloge) {
        this.tarifs = tarifs;
        this.horloge = horloge;
    }

    @Transactional(readOnly = true)
    TableDesTarifs table(TarifDeRecouvrement.Cote cote) {
        return tarifs.table(cote);
    }

    @Transactional
    void ajouter(TarifDeRecouvrement tarif, Auteur auteur) {
        tarifs.table(tarif.cote()).ajouter(tarif);
        tarifs.enregistrer(tarif, Optional.empty(), auteur.id(), auteur.nom());
    }

    @Transactional
    void verifier(TarifDeRecouvrement.Cote cote, LocalDate enVigueurLe, String source, Optional<LocalDate> publieLe,
                  boolean confirme, Optional<String> motif, Auteur auteur) {
        TarifDeRecouvrement verifie = tarifs.table(cote).verifier(enVigueurLe, source, publieLe, confirme, motif,
                LocalDate.now(horloge));
        tarifs.enregistrer(verifie, motif, auteur.id(), auteur.nom());
    }
}
