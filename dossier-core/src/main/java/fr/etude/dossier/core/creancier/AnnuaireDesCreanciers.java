package fr.etude.dossier.core.creancier;

import java.util.Map;

/** Port: the créanciers by name, for choosing one (the créancier a creditor user is bound to). */
public interface AnnuaireDesCreanciers {

    /** Every créancier's name, in alphabetical order. */
    Map<CreancierId, String> raisonsSociales();
}
