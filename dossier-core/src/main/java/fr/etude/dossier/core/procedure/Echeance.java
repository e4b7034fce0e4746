package fr.etude.dossier.core.procedure;

import java.time.LocalDate;

/**
 * A deadline an act starts: its last day (moved to the next working day, art. 642 CPC), what it is
 * for, and the article of its length.
 */
public record Echeance(LocalDate le, NatureDActe.TypeDeDelai type, String objet, String article) {

    /** An act to do before it whose day has passed. */
    public boolean depassee(LocalDate aujourdhui) {
        return type == NatureDActe.TypeDeDelai.A_FAIRE_AVANT && aujourdhui.isAfter(le);
    }
}
