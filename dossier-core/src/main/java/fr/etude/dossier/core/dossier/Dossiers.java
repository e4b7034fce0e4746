package fr.etude.dossier.core.dossier;

import java.util.Optional;

/** Port: where dossiers are kept. */
public interface Dossiers {

    Optional<Dossier> parId(DossierId id);

    /** Stores a new dossier with its créances and its first timeline entries. */
    void ajouter(Dossier dossier);

    /**
     * Stores the changes of a dossier loaded earlier and appends its new timeline entries.
     *
     * @throws ModificationConcurrente if someone else saved it since it was loaded
     */
    void enregistrer(Dossier dossier);

    /**
     * The dossier as a user saw it when he filled his form: refused if someone saved it since, so
     * that nobody works on a stale page.
     *
     * @throws ModificationConcurrente if the stored version is no longer {@code versionLue}
     */
    default Dossier aLaVersion(DossierId id, long versionLue) {
        Dossier dossier = parId(id).orElseThrow(() -> new IllegalArgumentException("Ce dossier n'existe pas."));
        if (dossier.version() != versionLue) {
            throw new ModificationConcurrente(dossier.reference());
        }
        return dossier;
    }

    /** The next free reference of the year (2026-000124…), unique across instances. */
    ReferenceDossier prochaineReference(int annee);
}
