package fr.etude.dossier.core.identite;

/**
 * The nine-digit number of a French company in the Sirene register; its last digit is a Luhn key.
 */
public record Siren(String valeur) {

    public Siren {
        if (valeur == null || valeur.isBlank()) {
            throw new IllegalArgumentException("Le SIREN est obligatoire.");
        }
        valeur = valeur.replace(" ", "");
        if (!valeur.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("Le SIREN « " + valeur + " » doit comporter 9 chiffres.");
        }
        if (!luhnValide(valeur)) {
            throw new IllegalArgumentException("Le SIREN « " + valeur + " » est invalide (clé de contrôle erronée).");
        }
    }

    /** The SIREN whose first eight digits are given, completed by its Luhn key. */
    public static Siren avecCle(String huitChiffres) {
        for (int cle = 0; cle < 10; cle++) {
            if (luhnValide(huitChiffres + cle)) {
                return new Siren(huitChiffres + cle);
            }
        }
        throw new IllegalArgumentException("Pas de clé possible pour " + huitChiffres);
    }

    static boolean luhnValide(String chiffres) {
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

    /** Grouped by three, as printed on a Kbis: {@code 552 081 317}. */
    public String formate() {
        return valeur.substring(0, 3) + " " + valeur.substring(3, 6) + " " + valeur.substring(6);
    }
}
