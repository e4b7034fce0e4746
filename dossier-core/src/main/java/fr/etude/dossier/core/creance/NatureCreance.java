package fr.etude.dossier.core.creance;

/** What the debt is, which decides the interest rules and the prescription period. */
public enum NatureCreance {
    /** A professional's claim on a consumer (B2C): prescription 2 years (L218-2 C. conso.). */
    CONSOMMATION,
    /** Between professionals (B2B): late-payment penalties and the 40 € indemnity (L441-10, D441-5 C. com.). */
    COMMERCIALE,
    /** Any other civil debt (between individuals, rent…): prescription 5 years (2224 C. civ.). */
    CIVILE
}
