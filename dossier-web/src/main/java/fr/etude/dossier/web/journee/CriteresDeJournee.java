package fr.etude.dossier.web.journee;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.FiltreDeJournee;
import fr.etude.dossier.core.dossier.Indicateur;
import fr.etude.dossier.web.format.SaisieFrancaise;

/**
 * The filter as typed in the page's query string: kept as typed to show it back, read into a
 * {@link FiltreDeJournee}, with a French message per wrong field (the field is then left out).
 */
public class CriteresDeJournee {

    private String etape = "";
    private String creancier = "";
    private String min = "";
    private String max = "";
    private List<String> indicateur = new ArrayList<>();

    /** The filter from the valid fields; the wrong ones go to {@code erreurs} by field name. */
    FiltreDeJournee lire(Map<String, String> erreurs) {
        Optional<Etape> etapeChoisie = Optional.empty();
        if (!etape.isBlank()) {
            try {
                etapeChoisie = Optional.of(Etape.valueOf(etape.strip()));
            } catch (IllegalArgumentException e) {
                erreurs.put("etape", "« " + etape + " » n'est pas une étape.");
            }
        }
        Optional<CreancierId> creancierChoisi = Optional.empty();
        if (!creancier.isBlank()) {
            try {
                creancierChoisi = Optional.of(new CreancierId(UUID.fromString(creancier.strip())));
            } catch (IllegalArgumentException e) {
                erreurs.put("creancier", "Ce créancier est inconnu.");
            }
        }
        Optional<Montant> soldeMin = montant(min, "min", "Solde minimum", erreurs);
        Optional<Montant> soldeMax = montant(max, "max", "Solde maximum", erreurs);
        Set<Indicateur> indicateurs = java.util.EnumSet.noneOf(Indicateur.class);
        for (String nom : indicateur) {
            try {
                indicateurs.add(Indicateur.valueOf(nom));
            } catch (IllegalArgumentException e) {
                erreurs.put("indicateur", "« " + nom + " » n'est pas un indicateur.");
            }
        }
        if (soldeMin.isPresent() && soldeMax.isPresent() && soldeMin.get().compareTo(soldeMax.get()) > 0) {
            erreurs.put("max", "Le solde maximum doit être supérieur ou égal au minimum.");
            soldeMax = Optional.empty();
        }
        return new FiltreDeJournee(etapeChoisie, creancierChoisi, soldeMin, soldeMax, indicateurs);
    }

    private static Optional<Montant> montant(String texte, String champ, String libelle, Map<String, String> erreurs) {
        return texte.isBlank() ? Optional.empty() : SaisieFrancaise.champ(champ, libelle, texte, erreurs, SaisieFrancaise::montant);
    }

    /** The query parameters of this filter, for links that keep it (next page). */
    Map<String, List<String>> parametres() {
        Map<String, List<String>> parametres = new LinkedHashMap<>();
        parametres.put("etape", List.of(etape));
        parametres.put("creancier", List.of(creancier));
        parametres.put("min", List.of(min));
        parametres.put("max", List.of(max));
        parametres.put("indicateur", List.copyOf(indicateur));
        parametres.values().removeIf(valeurs -> valeurs.stream().allMatch(String::isBlank));
        return parametres;
    }

    public String getEtape() {
        return etape;
    }

    public void setEtape(String etape) {
        this.etape = etape == null ? "" : etape;
    }

    public String getCreancier() {
        return creancier;
    }

    public void setCreancier(String creancier) {
        this.creancier = creancier == null ? "" : creancier;
    }

    public String getMin() {
        return min;
    }

    public void setMin(String min) {
        this.min = min == null ? "" : min;
    }

    public String getMax() {
        return max;
    }

    public void setMax(String max) {
        this.max = max == null ? "" : max;
    }

    public List<String> getIndicateur() {
        return indicateur;
    }

    public void setIndicateur(List<String> indicateur) {
        this.indicateur = indicateur == null ? new ArrayList<>() : new ArrayList<>(indicateur);
    }
}
