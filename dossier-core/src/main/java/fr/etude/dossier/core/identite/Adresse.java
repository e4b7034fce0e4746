package fr.etude.dossier.core.identite;

import java.util.Optional;

import fr.etude.dossier.core.calendrier.JoursFeries;

/** A postal address; a French one has a five-digit postcode. */
public record Adresse(String ligne1, Optional<String> ligne2, String codePostal, String ville, String pays) {

    public Adresse {
        if (ligne1 == null || ligne1.isBlank()) {
            throw new IllegalArgumentException("L'adresse (numéro et voie) est obligatoire.");
        }
        if (ville == null || ville.isBlank()) {
            throw new IllegalArgumentException("La ville est obligatoire.");
        }
        pays = pays == null || pays.isBlank() ? "FR" : pays.strip().toUpperCase();
        codePostal = codePostal == null ? "" : codePostal.strip();
        if (pays.equals("FR") && !codePostal.matches("[0-9]{5}")) {
            throw new IllegalArgumentException("Le code postal « " + codePostal + " » doit comporter 5 chiffres.");
        }
        ligne1 = ligne1.strip();
        ligne2 = ligne2.map(String::strip).filter(ligne -> !ligne.isEmpty());
        ville = ville.strip();
    }

    public static Adresse enFrance(String ligne1, String codePostal, String ville) {
        return new Adresse(ligne1, Optional.empty(), codePostal, ville, "FR");
    }

    /** Moselle, Bas-Rhin, Haut-Rhin: two more public holidays for contacts and deadlines. */
    public boolean enAlsaceMoselle() {
        return pays.equals("FR") && JoursFeries.estAlsaceMoselle(codePostal);
    }
}
