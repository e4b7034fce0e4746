package fr.etude.dossier.web.journee;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.validation.BindingResult;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.FiltreDeJournee;
import fr.etude.dossier.core.dossier.Indicateur;

/**
 * The filter of Ma journée, bound from the query string: a wrong field is named under it in French
 * and left out of the filter, the others still apply.
 */
public class CriteresDeJournee {

    private Etape etape;
    private UUID creancier;
    private Montant min;
    private Montant max;
    private List<Indicateur> indicateur = new ArrayList<>();

    /** The filter from the fields that could be read. */
    FiltreDeJournee filtre(BindingResult resultat) {
        Optional<Montant> soldeMax = Optional.ofNullable(max);
        if (min != null && max != null && min.compareTo(max) > 0) {
            resultat.rejectValue("max", "criteres.max.inferieurAuMin");
            soldeMax = Optional.empty();
        }
        Set<Indicateur> indicateurs = indicateur.isEmpty() ? EnumSet.noneOf(Indicateur.class) : EnumSet.copyOf(indicateur);
        return new FiltreDeJournee(Optional.ofNullable(etape), Optional.ofNullable(creancier).map(CreancierId::new),
                Optional.ofNullable(min), soldeMax, indicateurs);
    }

    /** The query parameters of this filter, for links that keep it (next page). */
    Map<String, List<String>> parametres() {
        Map<String, List<String>> parametres = new LinkedHashMap<>();
        Optional.ofNullable(etape).ifPresent(valeur -> parametres.put("etape", List.of(valeur.name())));
        Optional.ofNullable(creancier).ifPresent(valeur -> parametres.put("creancier", List.of(valeur.toString())));
        Optional.ofNullable(min).ifPresent(valeur -> parametres.put("min", List.of(FormatFrancais.montant(valeur))));
        Optional.ofNullable(max).ifPresent(valeur -> parametres.put("max", List.of(FormatFrancais.montant(valeur))));
        if (!indicateur.isEmpty()) {
            parametres.put("indicateur", indicateur.stream().map(Enum::name).toList());
        }
        return parametres;
    }

    public Etape getEtape() { return etape; }
    public void setEtape(Etape etape) { this.etape = etape; }
    public UUID getCreancier() { return creancier; }
    public void setCreancier(UUID creancier) { this.creancier = creancier; }
    public Montant getMin() { return min; }
    public void setMin(Montant min) { this.min = min; }
    public Montant getMax() { return max; }
    public void setMax(Montant max) { this.max = max; }
    public List<Indicateur> getIndicateur() { return indicateur; }
    public void setIndicateur(List<Indicateur> indicateur) { this.indicateur = indicateur == null ? new ArrayList<>() : new ArrayList<>(indicateur); }
}
