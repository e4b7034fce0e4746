package fr.etude.dossier.core.taux;

import java.time.LocalDate;
import java.time.Month;

/** A half-year: the period for which the taux légal (L313-2 CMF) and the B2B rate (L441-10) are set. */
public record Semestre(int annee, int numero) implements Comparable<Semestre> {

    public Semestre {
        if (numero != 1 && numero != 2) {
            throw new IllegalArgumentException("Un semestre est le 1er ou le 2e, pas le " + numero + "e.");
        }
    }

    public static Semestre contenant(LocalDate date) {
        return new Semestre(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    public LocalDate debut() {
        return LocalDate.of(annee, numero == 1 ? Month.JANUARY : Month.JULY, 1);
    }

    public LocalDate fin() {
        return numero == 1 ? LocalDate.of(annee, Month.JUNE, 30) : LocalDate.of(annee, Month.DECEMBER, 31);
    }

    public Semestre suivant() {
        return numero == 1 ? new Semestre(annee, 2) : new Semestre(annee + 1, 1);
    }

    /** "1er semestre 2027", "2e semestre 2027". */
    public String libelle() {
        return (numero == 1 ? "1er" : "2e") + " semestre " + annee;
    }

    @Override
    public int compareTo(Semestre autre) {
        return annee != autre.annee ? Integer.compare(annee, autre.annee) : Integer.compare(numero, autre.numero);
    }
}
