package fr.etude.dossier.web.portefeuille;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.FiltreDuPortefeuille;
import fr.etude.dossier.core.dossier.StatutDossier;

/** The portfolio's filter and order as the query string carries them; a value that cannot be read is named and ignored. */
public class CriteresDuPortefeuille {

    private Etape etape;
    private StatutDossier statut;
    private FiltreDuPortefeuille.Tri tri;

    FiltreDuPortefeuille filtre() {
        return new FiltreDuPortefeuille(Optional.ofNullable(etape), Optional.ofNullable(statut),
                tri == null ? FiltreDuPortefeuille.Tri.RECENTS : tri);
    }

    /** The query parameters of this filter, for links that keep it (next page). */
    Map<String, List<String>> parametres() {
        Map<String, List<String>> parametres = new LinkedHashMap<>();
        Optional.ofNullable(etape).ifPresent(valeur -> parametres.put("etape", List.of(valeur.name())));
        Optional.ofNullable(statut).ifPresent(valeur -> parametres.put("statut", List.of(valeur.name())));
        Optional.ofNullable(tri).ifPresent(valeur -> parametres.put("tri", List.of(valeur.name())));
        return parametres;
    }

    public Etape getEtape() { return etape; }
    public void setEtape(Etape etape) { this.etape = etape; }
    public StatutDossier getStatut() { return statut; }
    public void setStatut(StatutDossier statut) { this.statut = statut; }
    public FiltreDuPortefeuille.Tri getTri() { return tri; }
    public void setTri(FiltreDuPortefeuille.Tri tri) { this.tri = tri; }
}
