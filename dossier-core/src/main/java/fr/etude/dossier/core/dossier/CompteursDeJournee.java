package fr.etude.dossier.core.dossier;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.etude.dossier.core.creancier.CreancierId;

/**
 * How many dossiers of the day each filter would show. A count ignores the choice made in its own
 * group (choosing another stage shows the count of that stage under the other filters), so the
 * clerk sees what each click would give before clicking.
 */
public record CompteursDeJournee(long total, Map<Etape, Long> parEtape, Map<CreancierId, Creancier> parCreancier,
                                 Map<Indicateur, Long> parIndicateur) {

    /** A créancier of the day, with its name for the filter. */
    public record Creancier(String nom, long nombre) {
    }

    /** The day's dossiers that share a stage, a créancier and the same indicators. */
    public record Groupe(Etape etape, CreancierId creancier, String nomDuCreancier, Set<Indicateur> indicateurs,
                         long nombre) {
        public Groupe {
            indicateurs = Set.copyOf(indicateurs);
        }
    }

    public static CompteursDeJournee depuis(Collection<Groupe> groupes, FiltreDeJournee filtre) {
        long total = 0;
        Map<Etape, Long> parEtape = new EnumMap<>(Etape.class);
        Map<CreancierId, Creancier> parCreancier = new LinkedHashMap<>();
        Map<Indicateur, Long> parIndicateur = new EnumMap<>(Indicateur.class);
        List<Groupe> tries = groupes.stream()
                .sorted(java.util.Comparator.comparing(Groupe::nomDuCreancier)).toList();
        for (Groupe groupe : tries) {
            boolean etapeRetenue = filtre.etape().map(groupe.etape()::equals).orElse(true);
            boolean creancierRetenu = filtre.creancier().map(groupe.creancier()::equals).orElse(true);
            boolean indicateursRetenus = groupe.indicateurs().containsAll(filtre.indicateurs());
            if (creancierRetenu && indicateursRetenus) {
                parEtape.merge(groupe.etape(), groupe.nombre(), Long::sum);
            }
            if (etapeRetenue && indicateursRetenus) {
                parCreancier.merge(groupe.creancier(), new Creancier(groupe.nomDuCreancier(), groupe.nombre()),
                        (avant, ajout) -> new Creancier(avant.nom(), avant.nombre() + ajout.nombre()));
            }
            if (etapeRetenue && creancierRetenu && indicateursRetenus) {
                total += groupe.nombre();
                groupe.indicateurs().forEach(indicateur -> parIndicateur.merge(indicateur, groupe.nombre(), Long::sum));
            }
        }
        return new CompteursDeJournee(total, parEtape, parCreancier, parIndicateur);
    }

    /** The day under the other filters, whatever the stage: what "every stage" shows. */
    public long toutesEtapes() {
        return parEtape.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The day under the other filters, whatever the créancier. */
    public long tousCreanciers() {
        return parCreancier.values().stream().mapToLong(Creancier::nombre).sum();
    }

    public long etape(Etape etape) {
        return parEtape.getOrDefault(etape, 0L);
    }

    public long indicateur(Indicateur indicateur) {
        return parIndicateur.getOrDefault(indicateur, 0L);
    }
}
