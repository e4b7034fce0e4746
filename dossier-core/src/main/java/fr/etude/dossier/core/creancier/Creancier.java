package fr.etude.dossier.core.creancier;

import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.identite.Siren;
import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * A creditor client of the office, with the mandate under which the office acts for it, the
 * category its legal rate depends on (L313-2 CMF), and what it claims and grants. The mandate is
 * optional only for créanciers recorded before it was asked for.
 */
public record Creancier(CreancierId id, String raisonSociale, Optional<Siren> siren, CategorieCreancier categorie,
                        Optional<Email> email, Optional<Mandat> mandat, ConditionsDeRecouvrement conditions) {

    public static final int NOM_MAX = 200;

    public Creancier {
        Objects.requireNonNull(id);
        Objects.requireNonNull(categorie);
        Objects.requireNonNull(siren);
        Objects.requireNonNull(email);
        Objects.requireNonNull(conditions);
        Objects.requireNonNull(mandat);
        if (raisonSociale == null || raisonSociale.isBlank()) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.NOM, "Le nom du créancier est obligatoire.");
        }
        raisonSociale = raisonSociale.strip();
        if (raisonSociale.length() > NOM_MAX) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.NOM, "Le nom du créancier ne dépasse pas " + NOM_MAX + " caractères.");
        }
    }

    /**
     * A créancier the administrator records: the office acts for it only under a written mandate
     * (art. R124-3 CPCE). One recorded before this rule may lack it; the list shows it.
     */
    public static Creancier aEnregistrer(CreancierId id, String raisonSociale, Optional<Siren> siren, CategorieCreancier categorie,
                                         Optional<Email> email, Mandat mandat, ConditionsDeRecouvrement conditions) {
        return new Creancier(id, raisonSociale, siren, categorie, email, Optional.of(Objects.requireNonNull(mandat)), conditions);
    }
}
