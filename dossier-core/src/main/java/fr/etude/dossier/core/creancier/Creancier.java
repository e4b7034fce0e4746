package fr.etude.dossier.core.creancier;

import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.identite.Siren;
import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * A creditor client of the office, with the mandate under which the office acts for it, the
 * category its legal rate depends on (L313-2 CMF), and what it claims and grants.
 */
public record Creancier(CreancierId id, String raisonSociale, Optional<Siren> siren, CategorieCreancier categorie,
                        Optional<Email> email, Mandat mandat, ConditionsDeRecouvrement conditions) {

    public static final int NOM_MAX = 200;

    public Creancier {
        Objects.requireNonNull(id);
        Objects.requireNonNull(categorie);
        Objects.requireNonNull(siren);
        Objects.requireNonNull(email);
        Objects.requireNonNull(conditions);
        Objects.requireNonNull(mandat, "Un créancier n'est représenté qu'en vertu d'un mandat écrit (art. R124-3 CPCE).");
        if (raisonSociale == null || raisonSociale.isBlank()) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.NOM, "Le nom du créancier est obligatoire.");
        }
        raisonSociale = raisonSociale.strip();
        if (raisonSociale.length() > NOM_MAX) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.NOM, "Le nom du créancier ne dépasse pas " + NOM_MAX + " caractères.");
        }
    }
}
