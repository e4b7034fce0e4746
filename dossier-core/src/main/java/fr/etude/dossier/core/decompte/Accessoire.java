package fr.etude.dossier.core.decompte;

import java.time.LocalDate;

import fr.etude.dossier.core.argent.Montant;

/** A fixed amount owed besides the principal (indemnité forfaitaire, clause pénale), due from a date. */
public record Accessoire(String libelle, Montant montant, LocalDate exigibleLe) {
}
