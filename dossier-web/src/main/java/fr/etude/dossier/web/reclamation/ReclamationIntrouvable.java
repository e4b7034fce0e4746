package fr.etude.dossier.web.reclamation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A complaint that is not one of this dossier's: the same answer as a dossier that does not exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReclamationIntrouvable extends RuntimeException {
}
