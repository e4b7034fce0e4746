package fr.etude.dossier.web.etude;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.etude.Etude;
import fr.etude.dossier.core.etude.IdentiteDeLEtude;

/** The office's identity: read by the pages and, later, by every letter and statement. */
@Service
public class IdentiteDeLEtudeService {

    private final Etude etude;

    IdentiteDeLEtudeService(Etude etude) {
        this.etude = etude;
    }

    @Transactional(readOnly = true)
    public Optional<IdentiteDeLEtude> identite() {
        return etude.identite();
    }

    @Transactional
    public void enregistrer(IdentiteDeLEtude identite, Auteur auteur) {
        etude.enregistrer(identite, auteur.id(), auteur.nom());
    }
}
