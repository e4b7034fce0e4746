package fr.etude.dossier.web.paiement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.paiement.ModePaiement;
import fr.etude.dossier.core.paiement.Paiement;
import fr.etude.dossier.web.format.Positif;

/** The "record a payment" form, bound by Spring: each field read by its French formatter. */
public class PaiementSaisi {

    @NotNull
    @Positif
    private Montant montant;

    @NotNull
    private LocalDate date;

    @NotNull
    private ModePaiement mode = ModePaiement.VIREMENT;

    @Size(max = Paiement.REFERENCE_MAX)
    private String reference;

    /** The clerk knows the amount exceeds the balance: the excess is to be returned. */
    private boolean tropPercu;

    @NotNull
    private Long version;

    static PaiementSaisi du(LocalDate jour, long version) {
        PaiementSaisi saisie = new PaiementSaisi();
        saisie.date = jour;
        saisie.version = version;
        return saisie;
    }

    Dossier.PaiementRecu recu() {
        return new Dossier.PaiementRecu(date, montant, mode, reference, tropPercu);
    }

    public Montant getMontant() { return montant; }
    public void setMontant(Montant montant) { this.montant = montant; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public ModePaiement getMode() { return mode; }
    public void setMode(ModePaiement mode) { this.mode = mode; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public boolean isTropPercu() { return tropPercu; }
    public void setTropPercu(boolean tropPercu) { this.tropPercu = tropPercu; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
