package fr.etude.dossier.core.dossier;

/** The office's reference of a dossier: year of opening and a number, {@code 2026-000123}. */
public record ReferenceDossier(String valeur) {

    public ReferenceDossier {
        if (valeur == null || !valeur.matches("[0-9]{4}-[0-9]{6}")) {
            throw new IllegalArgumentException("La référence « " + valeur + " » n'a pas la forme AAAA-NNNNNN (ex. 2026-000123).");
        }
    }

    public static ReferenceDossier de(int annee, long numero) {
        if (numero < 1 || numero > 999_999) {
            throw new IllegalArgumentException("Le numéro de dossier doit être compris entre 1 et 999 999.");
        }
        return new ReferenceDossier(String.format("%04d-%06d", annee, numero));
    }

    @Override
    public String toString() {
        return valeur;
    }
}
