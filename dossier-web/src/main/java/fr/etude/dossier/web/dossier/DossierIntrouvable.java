package fr.etude.dossier.web.dossier;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The address names no dossier: a French 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DossierIntrouvable extends RuntimeException {

    public DossierIntrouvable() {
        super("Dossier introuvable");
    }
}
