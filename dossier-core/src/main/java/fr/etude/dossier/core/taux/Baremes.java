package fr.etude.dossier.core.taux;

/** Port: the rate tables in force now, as the administrator keeps them. */
public interface Baremes {

    BaremeDesTaux enVigueur();
}
