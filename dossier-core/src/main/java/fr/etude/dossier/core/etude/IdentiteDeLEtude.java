package fr.etude.dossier.core.etude;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.etude.dossier.core.identite.Adresse;
import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.identite.Iban;
import fr.etude.dossier.core.identite.Telephone;
import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * Who the office is, as its letters and statements say it (R124-4 CPCE: the identity of the office),
 * and the account on which debtors pay.
 *
 * @param siret        14 digits, the SIREN then the establishment's number, with the Luhn key
 * @param commissaire  the commissaire de justice who answers for the office
 */
public record IdentiteDeLEtude(String nom, Adresse adresse, String siret, Telephone telephone, Email email, Iban iban,
                               Optional<String> bic, String commissaire) {

    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");

    public IdentiteDeLEtude {
        nom = exiger(nom, "Le nom de l'étude est obligatoire.");
        Objects.requireNonNull(adresse, "L'adresse de l'étude est obligatoire.");
        Objects.requireNonNull(telephone, "Le téléphone de l'étude est obligatoire.");
        Objects.requireNonNull(email, "L'e-mail de l'étude est obligatoire.");
        Objects.requireNonNull(iban, "L'IBAN sur lequel les débiteurs paient est obligatoire.");
        commissaire = exiger(commissaire, "Le nom du commissaire de justice est obligatoire.");
        siret = siret == null ? "" : siret.replaceAll("\\s", "");
        if (!siret.matches("\\d{14}") || !luhn(siret)) {
            throw new RegleEnfreinte("Le SIRET « " + siret + " » n'est pas valide : 14 chiffres dont la clé de contrôle.");
        }
        bic = bic == null ? Optional.empty() : bic.map(valeur -> valeur.replaceAll("\\s", "").toUpperCase())
                .filter(valeur -> !valeur.isEmpty());
        bic.filter(valeur -> !BIC.matcher(valeur).matches()).ifPresent(valeur -> {
            throw new RegleEnfreinte("Le BIC « " + valeur + " » n'est pas valide : 8 ou 11 lettres et chiffres.");
        });
    }

    private static String exiger(String texte, String message) {
        if (texte == null || texte.isBlank()) {
            throw new RegleEnfreinte(message);
        }
        return texte.strip();
    }

    private static boolean luhn(String chiffres) {
        int somme = 0;
        for (int i = 0; i < chiffres.length(); i++) {
            int chiffre = chiffres.charAt(chiffres.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                chiffre *= 2;
                if (chiffre > 9) {
                    chiffre -= 9;
                }
            }
            somme += chiffre;
        }
        return somme % 10 == 0;
    }
}
