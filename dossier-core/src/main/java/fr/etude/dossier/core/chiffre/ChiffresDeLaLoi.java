package fr.etude.dossier.core.chiffre;

import java.util.Optional;

import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** Port: the dated figures of the law, read at each use so that a row added applies at once everywhere. */
public interface ChiffresDeLaLoi {

    TableDuChiffre table(ChiffreDeLaLoi chiffre);

    /** Stores a row added or corrected, with the audit of who, when, before and after, and the reason of a correction. */
    void enregistrer(LigneDeChiffre ligne, Optional<String> motif, UtilisateurId auteur, String nomDeLAuteur);
}
