package fr.etude.dossier.core.identite;

/** A telephone number, kept in international form ({@code +33612345678}). */
public record Telephone(String valeur) {

    public Telephone {
        if (valeur == null || valeur.isBlank()) {
            throw new IllegalArgumentException("Le numéro de téléphone est obligatoire.");
        }
        String chiffres = valeur.replaceAll("[\\s.\\-()]", "");
        if (chiffres.matches("0[1-9][0-9]{8}")) {
            chiffres = "+33" + chiffres.substring(1);
        } else if (chiffres.startsWith("0033")) {
            chiffres = "+" + chiffres.substring(2);
        }
        if (!chiffres.matches("\\+[1-9][0-9]{7,14}")) {
            throw new IllegalArgumentException("« " + valeur + " » n'est pas un numéro de téléphone valide "
                    + "(ex. 06 12 34 56 78 ou +33 6 12 34 56 78).");
        }
        valeur = chiffres;
    }

    /** French numbers as the French write them: {@code 06 12 34 56 78}. */
    public String formate() {
        if (valeur.startsWith("+33") && valeur.length() == 12) {
            return ("0" + valeur.substring(3)).replaceAll("(\\d{2})(?!$)", "$1 ");
        }
        return valeur;
    }
}
