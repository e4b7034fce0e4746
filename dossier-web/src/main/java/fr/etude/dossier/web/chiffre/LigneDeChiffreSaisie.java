package fr.etude.dossier.web.chiffre;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.chiffre.ChiffreDeLaLoi;
import fr.etude.dossier.core.chiffre.LigneDeChiffre;

/** A dated value of a figure of the law as the administrator types it. */
public class LigneDeChiffreSaisie {

    /** The figure and the date: chosen when a row is added, taken from the address when one is corrected. */
    private ChiffreDeLaLoi chiffre;
    private LocalDate debut;
    /** Read by the figure itself, in its unit ({@link ChiffreDeLaLoi#lire}). */
    @NotBlank
    @Size(max = 30)
    private String valeur;
    @NotBlank
    @Size(max = LigneDeChiffre.SOURCE_MAX)
    private String source;
    @PastOrPresent
    private LocalDate publieLe;
    private boolean confirme;
    @Size(max = 500)
    private String motif;

    static LigneDeChiffreSaisie depuis(LigneDeChiffre ligne) {
        LigneDeChiffreSaisie saisie = new LigneDeChiffreSaisie();
        saisie.chiffre = ligne.chiffre();
        saisie.debut = ligne.debut();
        saisie.valeur = ligne.chiffre().unite() == ChiffreDeLaLoi.Unite.MONTANT
                ? ligne.valeur().toPlainString().replace('.', ',') : ligne.valeur().toPlainString();
        saisie.source = ligne.source();
        saisie.publieLe = ligne.publieLe().orElse(null);
        saisie.confirme = ligne.confirme();
        return saisie;
    }

    LigneDeChiffre ligne() {
        return new LigneDeChiffre(chiffre, debut, chiffre.lire(valeur), source, Optional.ofNullable(publieLe), confirme);
    }

    Optional<String> motifDeLaCorrection() {
        return Optional.ofNullable(motif);
    }

    public ChiffreDeLaLoi getChiffre() { return chiffre; }
    public void setChiffre(ChiffreDeLaLoi chiffre) { this.chiffre = chiffre; }
    public LocalDate getDebut() { return debut; }
    public void setDebut(LocalDate debut) { this.debut = debut; }
    public String getValeur() { return valeur; }
    public void setValeur(String valeur) { this.valeur = valeur; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public LocalDate getPublieLe() { return publieLe; }
    public void setPublieLe(LocalDate publieLe) { this.publieLe = publieLe; }
    public boolean isConfirme() { return confirme; }
    public void setConfirme(boolean confirme) { this.confirme = confirme; }
    public String getMotif() { return motif; }
    public void setMotif(String motif) { this.motif = motif; }
}
