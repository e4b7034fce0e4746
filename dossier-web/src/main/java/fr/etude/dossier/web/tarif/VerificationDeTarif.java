package fr.etude.dossier.web.tarif;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.tarif.TarifDeRecouvrement;

/** A tariff checked again against its arrêté: its source, publication and status, and why it changes. */
public class VerificationDeTarif {

    @NotBlank
    @Size(max = TarifDeRecouvrement.SOURCE_MAX)
    private String source;
    @PastOrPresent
    private LocalDate publieLe;
    private boolean confirme;
    @Size(max = 500)
    private String motif;

    static VerificationDeTarif depuis(TarifDeRecouvrement tarif) {
        VerificationDeTarif verification = new VerificationDeTarif();
        verification.source = tarif.source();
        verification.publieLe = tarif.publieLe().orElse(null);
        verification.confirme = tarif.confirme();
        return verification;
    }

    Optional<String> motifDeLaVerification() {
        return Optional.ofNullable(motif);
    }

    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public LocalDate getPublieLe() { return publieLe; }
    public void setPublieLe(LocalDate publieLe) { this.publieLe = publieLe; }
    public boolean isConfirme() { return confirme; }
    public void setConfirme(boolean confirme) { this.confirme = confirme; }
    public String getMotif() { return motif; }
    public void setMotif(String motif) { this.motif = motif; }
}
