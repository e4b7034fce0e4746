package fr.etude.dossier.core.contact;

/** How the office reaches the debtor. Calls and visits intrude most: hours apply to them. */
public enum Canal {
    APPEL(true), VISITE(true), COURRIER(false), EMAIL(false), SMS(false);

    private final boolean enPersonne;

    Canal(boolean enPersonne) {
        this.enPersonne = enPersonne;
    }

    /** A call or a visit: the debtor is reached at the moment it happens. */
    public boolean enPersonne() {
        return enPersonne;
    }
}
