package fr.etude.dossier.core.creancier;

import java.util.List;
import java.util.Optional;


/**
 * Port: the office's créanciers, as the administrator keeps them. The author of a change is given by
 * his id and name (users are bound to créanciers: this package does not know them).
 */
public interface Creanciers {

    /** A créancier as stored, with the version an edit starts from and how many dossiers it has. */
    record CreancierEnregistre(Creancier creancier, long version, long dossiers) {
    }

    /** Every créancier, by name. */
    List<CreancierEnregistre> tous();

    Optional<CreancierEnregistre> parId(CreancierId id);

    /** What the créancier claims and grants; the defaults when it is unknown. */
    ConditionsDeRecouvrement conditions(CreancierId id);

    /** Audited. @throws org.springframework.dao.DuplicateKeyException when another créancier has the SIREN */
    void ajouter(Creancier creancier, java.util.UUID auteur, String nomDeLAuteur);

    /**
     * Audited, if nobody changed it since {@code versionLue}.
     * @throws org.springframework.dao.OptimisticLockingFailureException otherwise
     */
    void modifier(Creancier creancier, long versionLue, java.util.UUID auteur, String nomDeLAuteur);
}
