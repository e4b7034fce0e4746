package fr.etude.dossier.core.decompte;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import fr.etude.dossier.core.creance.CreanceId;

/** Everything a décompte is computed from: same request, same cents. */
public record DemandeDeDecompte(LocalDate dateArrete, List<CreanceADecompter> creances,
                                List<PaiementADecompter> paiements, List<FraisADecompter> frais, Conventions conventions) {

    public DemandeDeDecompte {
        Objects.requireNonNull(dateArrete, "La date d'arrêté du décompte est obligatoire.");
        Objects.requireNonNull(conventions);
        creances = List.copyOf(creances);
        paiements = List.copyOf(paiements);
        frais = List.copyOf(frais);
        if (creances.isEmpty()) {
            throw new DecompteImpossible("Un décompte porte sur au moins une créance.");
        }
        LocalDate premiereExigibilite = creances.stream().map(CreanceADecompter::exigibilite)
                .min(java.util.Comparator.naturalOrder()).orElseThrow();
        if (dateArrete.isBefore(premiereExigibilite)) {
            throw new DecompteImpossible("Un décompte ne s'arrête pas avant que la dette soit due : la plus ancienne "
                    + "créance est exigible le " + fr.etude.dossier.core.argent.FormatFrancais.date(premiereExigibilite) + ".");
        }
        Set<CreanceId> ids = new HashSet<>();
        for (CreanceADecompter creance : creances) {
            if (!ids.add(creance.id())) {
                throw new DecompteImpossible("La créance « " + creance.libelle() + " » figure deux fois.");
            }
        }
        for (PaiementADecompter paiement : paiements) {
            paiement.designation().filter(id -> !ids.contains(id)).ifPresent(id -> {
                throw new DecompteImpossible("Le paiement du " + paiement.date()
                        + " désigne une créance qui n'est pas dans ce décompte.");
            });
        }
    }
}
