package fr.etude.dossier.core.debiteur;

import java.util.List;

import fr.etude.dossier.core.identite.Adresse;
import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.identite.Telephone;

/** Where a debtor can be reached; the first address is the current one. */
public record Coordonnees(List<Adresse> adresses, List<Telephone> telephones, List<Email> emails) {

    public Coordonnees {
        adresses = List.copyOf(adresses);
        telephones = List.copyOf(telephones);
        emails = List.copyOf(emails);
    }

    public static Coordonnees aucune() {
        return new Coordonnees(List.of(), List.of(), List.of());
    }

    public boolean enAlsaceMoselle() {
        return !adresses.isEmpty() && adresses.get(0).enAlsaceMoselle();
    }
}
