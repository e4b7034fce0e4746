package fr.etude.dossier.web.courrier;

import java.util.Optional;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A letter asked for: the dossier's version it was read at, the clerk's own text, the commissaire's override. */
public class CourrierSaisi {

    @NotNull
    private Long version;
    @Size(max = 4000)
    private String texte;
    @Size(max = 500)
    private String derogation;
    private boolean parCourriel;

    Optional<String> texteEcrit() {
        return Optional.ofNullable(texte);
    }

    Optional<String> derogationDonnee() {
        return Optional.ofNullable(derogation);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getTexte() { return texte; }
    public void setTexte(String texte) { this.texte = texte; }
    public boolean isParCourriel() { return parCourriel; }
    public void setParCourriel(boolean parCourriel) { this.parCourriel = parCourriel; }
    public String getDerogation() { return derogation; }
    public void setDerogation(String derogation) { this.derogation = derogation; }
}
