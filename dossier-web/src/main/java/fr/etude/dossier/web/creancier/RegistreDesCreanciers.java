package fr.etude.dossier.web.creancier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import fr.etude.dossier.core.creancier.Creancier;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.creancier.Creanciers;
import fr.etude.dossier.core.dossier.Auteur;

/** The créanciers kept by the administrator: each change one call, audited by the adapter. */
@Service
public class RegistreDesCreanciers {

    /** A mandate ending within this many days is flagged, for the office to have it renewed in time. */
    static final int PREAVIS_DU_MANDAT_JOURS = 60;

    private final Creanciers creanciers;
    private final Clock horloge;

    RegistreDesCreanciers(Creanciers creanciers, Clock horloge) {
        this.creanciers = creanciers;
        this.horloge = horloge;
    }

    @Transactional(readOnly = true)
    public List<Creanciers.CreancierEnregistre> tous() {
        return creanciers.tous();
    }

    @Transactional(readOnly = true)
    Creanciers.CreancierEnregistre parId(CreancierId id) {
        return creanciers.parId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The créanciers whose mandate is missing, ended, or ends soon: for the administrator's to-do list. */
    @Transactional(readOnly = true)
    public List<Creanciers.CreancierEnregistre> mandatsAFaire() {
        LocalDate aujourdhui = LocalDate.now(horloge);
        return creanciers.tous().stream().filter(enregistre -> enregistre.creancier().mandat()
                .map(mandat -> !mandat.enVigueur(aujourdhui) || mandat.expireBientot(aujourdhui, PREAVIS_DU_MANDAT_JOURS))
                .orElse(true)).toList();
    }

    @Transactional
    void ajouter(Creancier creancier, Auteur administrateur) {
        creanciers.ajouter(creancier, administrateur.id().value(), administrateur.nom());
    }

    @Transactional
    void modifier(Creancier creancier, long versionLue, Auteur administrateur) {
        creanciers.modifier(creancier, versionLue, administrateur.id().value(), administrateur.nom());
    }
}
