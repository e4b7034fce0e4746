package fr.etude.dossier.core.decompte;

/**
 * How a payment is shared among several créances when the debtor did not choose (1342-10 al. 2
 * C. civ.), in the order the conventions list them; créances still equal are paid pro rata.
 */
public enum CritereImputation {
    /** Debts already due before those not yet due. */
    ECHUES_D_ABORD("les dettes échues d'abord"),
    /** The debt the debtor had most interest to pay: the one bearing the highest rate. */
    PLUS_ONEREUSE("celle que le débiteur avait le plus d'intérêt d'acquitter (taux le plus élevé)"),
    /** The oldest debt. */
    PLUS_ANCIENNE("la plus ancienne");

    private final String libelle;

    CritereImputation(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
