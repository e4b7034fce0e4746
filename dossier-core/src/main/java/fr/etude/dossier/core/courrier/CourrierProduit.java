package fr.etude.dossier.core.courrier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import fr.etude.dossier.core.decompte.Taux;
import fr.etude.dossier.core.dossier.DossierId;

/**
 * A letter as the dossier keeps it: never changed once produced. What it was made from (the template
 * and its version, the date, the rate-table rows its décompte read) and the SHA-256 of its PDF,
 * so that anyone can check a printed copy against the stored file.
 *
 * @param reference     the letter's own reference, repeated by the later letters of the dossier
 * @param document      the stored PDF, among the dossier's documents
 * @param tauxDuBareme  the rows of the rate tables its décompte used (empty without a décompte)
 */
public record CourrierProduit(UUID id, DossierId dossier, ModeleDeCourrier modele, int versionDuModele, LocalDate date,
                              String reference, String destinataire, UUID document, String sha256, String auteur,
                              Instant produitLe, List<Taux> tauxDuBareme) {

    public CourrierProduit {
        Objects.requireNonNull(id);
        Objects.requireNonNull(dossier);
        Objects.requireNonNull(modele);
        Objects.requireNonNull(date);
        Objects.requireNonNull(document);
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Empreinte SHA-256 invalide.");
        }
        tauxDuBareme = List.copyOf(tauxDuBareme);
    }
}
