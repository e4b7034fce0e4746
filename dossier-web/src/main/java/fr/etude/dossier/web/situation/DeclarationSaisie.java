package fr.etude.dossier.web.situation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.debiteur.SituationFinanciere;
import fr.etude.dossier.web.format.SaisieFrancaise;

/** The declaration form as typed, read field by field. */
public class DeclarationSaisie {

    private String declareeLe = "";
    private String ressources = "";
    private String charges = "";
    private String autresDettes = "0";
    private String personnesACharge = "0";
    private String emploi = "";
    private String precisions = "";

    static DeclarationSaisie depuis(SituationFinanciere situation) {
        DeclarationSaisie saisie = new DeclarationSaisie();
        saisie.ressources = FormatFrancais.montant(situation.ressources());
        saisie.charges = FormatFrancais.montant(situation.charges());
        saisie.autresDettes = FormatFrancais.montant(situation.autresDettes());
        saisie.personnesACharge = String.valueOf(situation.personnesACharge());
        saisie.emploi = situation.emploi().name();
        saisie.precisions = situation.precisions();
        return saisie;
    }

    Optional<SituationFinanciere> lire(Map<String, String> erreurs) {
        Optional<LocalDate> le = SaisieFrancaise.champ("declareeLe", "Date de la déclaration", declareeLe, erreurs, SaisieFrancaise::date);
        Optional<Montant> lesRessources = SaisieFrancaise.champ("ressources", "Ressources", ressources, erreurs, DeclarationSaisie::montant);
        Optional<Montant> lesCharges = SaisieFrancaise.champ("charges", "Charges", charges, erreurs, DeclarationSaisie::montant);
        Optional<Montant> lesDettes = SaisieFrancaise.champ("autresDettes", "Autres dettes", autresDettes, erreurs, DeclarationSaisie::montant);
        Optional<Integer> personnes = SaisieFrancaise.champ("personnesACharge", "Personnes à charge", personnesACharge, erreurs,
                texte -> SaisieFrancaise.entier(texte, 0, 20, ""));
        Optional<SituationFinanciere.Emploi> lEmploi = SaisieFrancaise.champ("emploi", "Emploi", emploi, erreurs, texte -> {
            try {
                return SituationFinanciere.Emploi.valueOf(texte);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Choisissez la situation d'emploi.");
            }
        });
        if (!erreurs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SituationFinanciere(le.orElseThrow(), lesRessources.orElseThrow(), lesCharges.orElseThrow(),
                lesDettes.orElseThrow(), personnes.orElseThrow(), lEmploi.orElseThrow(), precisions));
    }

    /** An amount that may be nought ("0" for no other debt). */
    private static Montant montant(String texte) {
        if (texte != null && texte.strip().matches("0+([,.]0*)?")) {
            return Montant.ZERO;
        }
        return SaisieFrancaise.montant(texte);
    }

    public String getDeclareeLe() {
        return declareeLe;
    }

    public void setDeclareeLe(String declareeLe) {
        this.declareeLe = declareeLe == null ? "" : declareeLe;
    }

    public String getRessources() {
        return ressources;
    }

    public void setRessources(String ressources) {
        this.ressources = ressources == null ? "" : ressources;
    }

    public String getCharges() {
        return charges;
    }

    public void setCharges(String charges) {
        this.charges = charges == null ? "" : charges;
    }

    public String getAutresDettes() {
        return autresDettes;
    }

    public void setAutresDettes(String autresDettes) {
        this.autresDettes = autresDettes == null ? "" : autresDettes;
    }

    public String getPersonnesACharge() {
        return personnesACharge;
    }

    public void setPersonnesACharge(String personnesACharge) {
        this.personnesACharge = personnesACharge == null ? "" : personnesACharge;
    }

    public String getEmploi() {
        return emploi;
    }

    public void setEmploi(String emploi) {
        this.emploi = emploi == null ? "" : emploi;
    }

    public String getPrecisions() {
        return precisions;
    }

    public void setPrecisions(String precisions) {
        this.precisions = precisions == null ? "" : precisions;
    }
}
