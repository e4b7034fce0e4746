package fr.etude.dossier.web.procedure;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.procedure.NatureDActe;

/** An act as the commissaire records it: its nature, its date and time (as the act states them), notes. */
public class ActeSaisi {

    @NotNull
    private NatureDActe nature;
    @NotNull
    private LocalDate le;
    @NotNull
    private LocalTime heure;
    @Size(max = 4000)
    private String precisions;
    @NotNull
    private Long version;

    public NatureDActe getNature() { return nature; }
    public void setNature(NatureDActe nature) { this.nature = nature; }
    public LocalDate getLe() { return le; }
    public void setLe(LocalDate le) { this.le = le; }
    public LocalTime getHeure() { return heure; }
    public void setHeure(LocalTime heure) { this.heure = heure; }
    public String getPrecisions() { return precisions; }
    public void setPrecisions(String precisions) { this.precisions = precisions; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
