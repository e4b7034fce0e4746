package fr.etude.dossier.core.creancier;

import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.identite.Siren;

/** A creditor client of the office, with the mandate under which the office acts for it. */
public record Creancier(CreancierId id, String raisonSociale, Optional<Siren> siren, CategorieCreancier categorie,
                        Mandat mandat) {

    public Creancier {
        Objects.requireNonNull(id);
        Objects.requireNonNull(categorie);
        Objects.requireNonNull(mandat, "Un créancier n'est représenté qu'en vertu d'un mandat écrit (art. R124-3 CPCE).");
        if (raisonSociale == null || raisonSociale.isBlank()) {
            throw new IllegalArgumentException("Le nom du créancier est obligatoire.");
        }
        raisonSociale = raisonSociale.strip();
    }
}
