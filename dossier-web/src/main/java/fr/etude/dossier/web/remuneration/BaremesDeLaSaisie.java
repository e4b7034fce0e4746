package fr.etude.dossier.web.remuneration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.remuneration.BaremeDeSaisie;
import fr.etude.dossier.core.remuneration.BaremesDeSaisie;
import fr.etude.dossier.core.remuneration.TableDesBaremesDeSaisie;

/** The yearly scales of the saisie des rémunérations kept by the administrator, read at each use. */
@Service
class BaremesDeLaSaisie {

    private final BaremesDeSaisie baremes;
    private final Clock horloge;

    BaremesDeLaSaisie(BaremesDeSaisie baremes, Clock horloge) {
        this.baremes = baremes;
        this.horloge = horloge;
    }

    @Transactional(readOnly = true)
    TableDesBaremesDeSaisie table() {
        return baremes.table();
    }

    @Transactional
    void ajouter(BaremeDeSaisie bareme, Auteur auteur) {
        baremes.table().ajouter(bareme);
        baremes.enregistrer(bareme, Optional.empty(), auteur.id(), auteur.nom());
    }

    @Transactional
    void corriger(BaremeDeSaisie bareme, Optional<String> motif, Auteur auteur) {
        baremes.table().corriger(bareme, motif, LocalDate.now(horloge));
        baremes.enregistrer(bareme, motif, auteur.id(), auteur.nom());
    }
}
