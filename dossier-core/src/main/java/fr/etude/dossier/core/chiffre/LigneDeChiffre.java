package fr.etude.dossier.core.chiffre;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * The value of a figure of the law from a date of entry into force, with the text that sets it and
 * whether the office has checked it against that text. It stays in force until the next row.
 *
 * @param publieLe when the text was published, if known
 * @param confirme checked against the published text; else "à confirmer"
 */
public record LigneDeChiffre(ChiffreDeLaLoi chiffre, LocalDate debut, BigDecimal valeur, String source,
                             Optional<LocalDate> publieLe, boolean confirme) {

    public static final int SOURCE_MAX = 500;

    public LigneDeChiffre {
        Objects.requireNonNull(chiffre);
        if (debut == null) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "La date d'entrée en vigueur est obligatoire.");
        }
        if (valeur == null) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, "La valeur est obligatoire.");
        }
        chiffre.verifier(valeur);
        source = source == null ? "" : source.strip();
        if (source.isEmpty()) {
            throw new RegleEnfreinte("La source est obligatoire : le texte qui fixe ce chiffre (article, décret, arrêté).");
        }
        if (source.length() > SOURCE_MAX) {
            throw new RegleEnfreinte("La source se dit en " + SOURCE_MAX + " caractères au plus.");
        }
        publieLe = publieLe == null ? Optional.empty() : publieLe;
    }

    /** {@code 8 jours}, {@code 646,52 €}. */
    public String valeurEcrite() {
        return chiffre.unite().ecrire(valeur);
    }
}
