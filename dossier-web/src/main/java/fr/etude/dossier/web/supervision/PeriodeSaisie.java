package fr.etude.dossier.web.supervision;

import java.time.LocalDate;

/** The period supervised, from the query string: both days included. */
public class PeriodeSaisie {

    private LocalDate du;
    private LocalDate au;

    public LocalDate getDu() { return du; }
    public void setDu(LocalDate du) { this.du = du; }
    public LocalDate getAu() { return au; }
    public void setAu(LocalDate au) { this.au = au; }
}
