package fr.etude.dossier.core.creance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.argent.Montant;

/**
 * A debt entrusted by the creditor: its principal, when it became due and what it is, and what the
 * contract or a judge added (rate, clause pénale, capitalisation, titre exécutoire).
 *
 * @param miseEnDemeure       the formal demand: legal interest runs from it (1231-6, 1344-1 C. civ.)
 * @param tauxContractuel     yearly rate in percent agreed by contract, replacing the legal rate
 * @param capitalisation      anatocisme (1343-2 C. civ.): only when contract or decision provides it
 */
public record Creance(CreanceId id, Montant principal, LocalDate exigibilite, NatureCreance nature,
                      String referenceCreancier, Optional<LocalDate> miseEnDemeure,
                      Optional<BigDecimal> tauxContractuel, Optional<Montant> clausePenale, boolean capitalisation,
                      Optional<TitreExecutoire> titre) {

    public Creance {
        Objects.requireNonNull(id);
        Objects.requireNonNull(nature, "La nature de la créance est obligatoire.");
        if (principal == null || !principal.estPositif()) {
            throw new IllegalArgumentException("Le principal de la créance doit être un montant positif.");
        }
        if (exigibilite == null) {
            throw new IllegalArgumentException("La date d'exigibilité de la créance est obligatoire.");
        }
        if (miseEnDemeure.isPresent() && miseEnDemeure.get().isBefore(exigibilite)) {
            throw new IllegalArgumentException("La mise en demeure ne peut précéder l'exigibilité de la créance.");
        }
        tauxContractuel.ifPresent(taux -> {
            if (taux.signum() <= 0 || taux.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw new IllegalArgumentException("Le taux contractuel doit être compris entre 0 et 100 %.");
            }
        });
        clausePenale.ifPresent(montant -> {
            if (!montant.estPositif()) {
                throw new IllegalArgumentException("La clause pénale doit être un montant positif.");
            }
        });
        referenceCreancier = referenceCreancier == null ? "" : referenceCreancier.strip();
    }

    /** A plain debt: no demand yet, no contract terms, no title. */
    public static Creance simple(Montant principal, LocalDate exigibilite, NatureCreance nature, String reference) {
        return new Creance(CreanceId.nouveau(), principal, exigibilite, nature, reference, Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    public Creance avecMiseEnDemeure(LocalDate date) {
        return new Creance(id, principal, exigibilite, nature, referenceCreancier, Optional.of(date), tauxContractuel,
                clausePenale, capitalisation, titre);
    }

    public Creance avecTauxContractuel(BigDecimal taux) {
        return new Creance(id, principal, exigibilite, nature, referenceCreancier, miseEnDemeure, Optional.of(taux),
                clausePenale, capitalisation, titre);
    }

    public Creance avecClausePenale(Montant montant) {
        return new Creance(id, principal, exigibilite, nature, referenceCreancier, miseEnDemeure, tauxContractuel,
                Optional.of(montant), capitalisation, titre);
    }

    public Creance avecCapitalisation() {
        return new Creance(id, principal, exigibilite, nature, referenceCreancier, miseEnDemeure, tauxContractuel,
                clausePenale, true, titre);
    }

    public Creance avecTitre(TitreExecutoire titreExecutoire) {
        return new Creance(id, principal, exigibilite, nature, referenceCreancier, miseEnDemeure, tauxContractuel,
                clausePenale, capitalisation, Optional.of(titreExecutoire));
    }

    public String libelle() {
        return referenceCreancier.isEmpty() ? "Créance du " + exigibilite : referenceCreancier;
    }
}
