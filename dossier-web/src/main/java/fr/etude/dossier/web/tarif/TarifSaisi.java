package fr.etude.dossier.web.tarif;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.tarif.TarifDeRecouvrement;

/** A new recovery tariff as the administrator types it: all its bands in one form, each from the end of the previous one. */
public class TarifSaisi {

    /** Rows offered for the bands: the tariffs of 2020 and 2024 have four or five. */
    static final int TRANCHES = 6;

    @NotNull
    private TarifDeRecouvrement.Cote cote;
    @NotNull
    private LocalDate enVigueurLe;
    /** Up to this amount recovered, the fixed amount is due; empty when the tariff has none. */
    private Montant seuilDuForfait;
    private Montant forfait;
    @NotNull
    private Montant plafond;
    private List<TrancheSaisie> tranches = new ArrayList<>();
    @NotBlank
    @Size(max = TarifDeRecouvrement.SOURCE_MAX)
    private String source;
    @PastOrPresent
    private LocalDate publieLe;
    private boolean confirme;

    /** A band: its upper bound (empty for the last, open one) and its rate in %. */
    public static class TrancheSaisie {
        private Montant jusqua;
        private BigDecimal taux;

        boolean vide() {
            return jusqua == null && taux == null;
        }

        public Montant getJusqua() { return jusqua; }
        public void setJusqua(Montant jusqua) { this.jusqua = jusqua; }
        public BigDecimal getTaux() { return taux; }
        public void setTaux(BigDecimal taux) { this.taux = taux; }
    }

    static TarifSaisi vide() {
        TarifSaisi saisi = new TarifSaisi();
        saisi.completer();
        return saisi;
    }

    /** Offers the empty rows again after a refusal, so that the form always has its six lines. */
    void completer() {
        while (tranches.size() < TRANCHES) {
            tranches.add(new TrancheSaisie());
        }
    }

    /** The rows typed, in order, up to the last one filled. */
    List<Integer> lignesRemplies() {
        List<Integer> remplies = new ArrayList<>();
        for (int i = 0; i < tranches.size(); i++) {
            if (!tranches.get(i).vide()) {
                remplies.add(i);
            }
        }
        return remplies;
    }

    /** The bands from 0, each starting where the previous one ends; the rows to read are checked by the caller. */
    TarifDeRecouvrement tarif() {
        List<TarifDeRecouvrement.Tranche> lues = new ArrayList<>();
        Montant de = Montant.ZERO;
        for (int i : lignesRemplies()) {
            TrancheSaisie tranche = tranches.get(i);
            lues.add(new TarifDeRecouvrement.Tranche(de, Optional.ofNullable(tranche.getJusqua()), tranche.getTaux()));
            de = tranche.getJusqua() == null ? de : tranche.getJusqua();
        }
        return new TarifDeRecouvrement(cote, enVigueurLe, seuilDuForfait == null ? Montant.ZERO : seuilDuForfait,
                forfait == null ? Montant.ZERO : forfait, lues, plafond, source, Optional.ofNullable(publieLe), confirme);
    }

    public TarifDeRecouvrement.Cote getCote() { return cote; }
    public void setCote(TarifDeRecouvrement.Cote cote) { this.cote = cote; }
    public LocalDate getEnVigueurLe() { return enVigueurLe; }
    public void setEnVigueurLe(LocalDate enVigueurLe) { this.enVigueurLe = enVigueurLe; }
    public Montant getSeuilDuForfait() { return seuilDuForfait; }
    public void setSeuilDuForfait(Montant seuilDuForfait) { this.seuilDuForfait = seuilDuForfait; }
    public Montant getForfait() { return forfait; }
    public void setForfait(Montant forfait) { this.forfait = forfait; }
    public Montant getPlafond() { return plafond; }
    public void setPlafond(Montant plafond) { this.plafond = plafond; }
    public List<TrancheSaisie> getTranches() { return tranches; }
    public void setTranches(List<TrancheSaisie> tranches) { this.tranches = tranches; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public LocalDate getPublieLe() { return publieLe; }
    public void setPublieLe(LocalDate publieLe) { this.publieLe = publieLe; }
    public boolean isConfirme() { return confirme; }
    public void setConfirme(boolean confirme) { this.confirme = confirme; }
}
