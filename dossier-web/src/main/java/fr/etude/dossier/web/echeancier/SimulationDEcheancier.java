package fr.etude.dossier.web.echeancier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.echeancier.Echeance;
import fr.etude.dossier.core.echeancier.Echeancier;
import fr.etude.dossier.core.echeancier.Periodicite;
import fr.etude.dossier.web.format.SaisieFrancaise;

/**
 * The échéancier form as typed: by number of instalments or by amount per instalment, a
 * periodicity, the first date, an optional sûreté, and the day the debtor agreed. Read field by
 * field, each wrong one with its French message.
 */
public class SimulationDEcheancier {

    private String mode = "nombre";
    private String nombre = "";
    private String montant = "";
    private String periodicite = Periodicite.MENSUELLE.name();
    private String premiere = "";
    private String surete = "";
    private String accordLe = "";

    /** The schedule covering {@code aCouvrir}, if every field is right; else the errors by field. */
    Optional<List<Echeance>> simuler(Montant aCouvrir, Map<String, String> erreurs) {
        Optional<Periodicite> rythme = periodicite();
        if (rythme.isEmpty()) {
            erreurs.put("periodicite", "Choisissez la périodicité des échéances.");
        }
        Optional<LocalDate> debut = SaisieFrancaise.champ("premiere", "Première échéance", premiere, erreurs, SaisieFrancaise::date);
        try {
            if ("montant".equals(mode)) {
                Optional<Montant> parEcheance = SaisieFrancaise.champ("montant", "Montant par échéance", montant, erreurs, SaisieFrancaise::montant);
                if (parEcheance.isPresent() && rythme.isPresent() && debut.isPresent()) {
                    return Optional.of(Echeancier.simulerParMontant(aCouvrir, parEcheance.get(), rythme.get(), debut.get()));
                }
            } else {
                Optional<Integer> combien = SaisieFrancaise.champ("nombre", "Nombre d'échéances", nombre, erreurs,
                        texte -> SaisieFrancaise.entier(texte, 1, 120, "échéances"));
                if (combien.isPresent() && rythme.isPresent() && debut.isPresent()) {
                    return Optional.of(Echeancier.simulerEnNombre(aCouvrir, combien.get(), rythme.get(), debut.get()));
                }
            }
        } catch (IllegalArgumentException refus) {
            erreurs.put("montant".equals(mode) ? "montant" : "nombre", refus.getMessage());
        }
        return Optional.empty();
    }

    Optional<LocalDate> accord(Map<String, String> erreurs) {
        return SaisieFrancaise.champ("accordLe", "Date de l'accord", accordLe, erreurs, SaisieFrancaise::date);
    }

    Optional<String> sureteConsentie() {
        return Optional.of(surete.strip()).filter(texte -> !texte.isEmpty());
    }

    private Optional<Periodicite> periodicite() {
        try {
            return Optional.of(Periodicite.valueOf(periodicite));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = "montant".equals(mode) ? "montant" : "nombre";
    }

    public String getNombre() {
        return nombre;
    }

    public void setNombre(String nombre) {
        this.nombre = nombre == null ? "" : nombre;
    }

    public String getMontant() {
        return montant;
    }

    public void setMontant(String montant) {
        this.montant = montant == null ? "" : montant;
    }

    public String getPeriodicite() {
        return periodicite;
    }

    public void setPeriodicite(String periodicite) {
        this.periodicite = periodicite == null ? "" : periodicite;
    }

    public String getPremiere() {
        return premiere;
    }

    public void setPremiere(String premiere) {
        this.premiere = premiere == null ? "" : premiere;
    }

    public String getSurete() {
        return surete;
    }

    public void setSurete(String surete) {
        this.surete = surete == null ? "" : surete;
    }

    public String getAccordLe() {
        return accordLe;
    }

    public void setAccordLe(String accordLe) {
        this.accordLe = accordLe == null ? "" : accordLe;
    }
}
