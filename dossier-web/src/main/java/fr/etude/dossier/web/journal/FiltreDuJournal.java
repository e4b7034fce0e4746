package fr.etude.dossier.web.journal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import fr.etude.dossier.core.audit.JournalDesModifications;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** The journal's filters as the address carries them: what, who, from, to, and where the page starts. */
public class FiltreDuJournal {

    @Size(max = 40)
    private String entite;
    private UUID auteur;
    private LocalDate du;
    private LocalDate au;
    @Positive
    private Long avant;

    JournalDesModifications.Filtre filtre() {
        return new JournalDesModifications.Filtre(Optional.ofNullable(entite), Optional.ofNullable(auteur).map(UtilisateurId::new),
                Optional.ofNullable(du), Optional.ofNullable(au));
    }

    public String getEntite() { return entite; }
    public void setEntite(String entite) { this.entite = entite; }
    public UUID getAuteur() { return auteur; }
    public void setAuteur(UUID auteur) { this.auteur = auteur; }
    public LocalDate getDu() { return du; }
    public void setDu(LocalDate du) { this.du = du; }
    public LocalDate getAu() { return au; }
    public void setAu(LocalDate au) { this.au = au; }
    public Long getAvant() { return avant; }
    public void setAvant(Long avant) { this.avant = avant; }
}
