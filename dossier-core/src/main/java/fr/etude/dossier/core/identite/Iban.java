package fr.etude.dossier.core.identite;

import java.math.BigInteger;

/** An international bank account number, checked by its mod-97 key (ISO 13616). */
public record Iban(String valeur) {

    public Iban {
        if (valeur == null || valeur.isBlank()) {
            throw new IllegalArgumentException("L'IBAN est obligatoire.");
        }
        valeur = valeur.replace(" ", "").toUpperCase();
        if (!valeur.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            throw new IllegalArgumentException("L'IBAN « " + valeur + " » n'a pas la forme d'un IBAN (ex. FR76 3000 6000 0112 3456 7890 189).");
        }
        if (valeur.startsWith("FR") && valeur.length() != 27) {
            throw new IllegalArgumentException("Un IBAN français compte 27 caractères ; « " + valeur + " » en a " + valeur.length() + ".");
        }
        String reordonne = valeur.substring(4) + valeur.substring(0, 4);
        StringBuilder chiffres = new StringBuilder();
        for (char c : reordonne.toCharArray()) {
            chiffres.append(Character.getNumericValue(c));
        }
        if (new BigInteger(chiffres.toString()).mod(BigInteger.valueOf(97)).intValue() != 1) {
            throw new IllegalArgumentException("L'IBAN « " + valeur + " » est invalide (clé de contrôle erronée).");
        }
    }

    /** Grouped by four: {@code FR76 3000 6000 0112 3456 7890 189}. */
    public String formate() {
        return valeur.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
