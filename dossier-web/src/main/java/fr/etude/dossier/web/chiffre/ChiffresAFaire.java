package fr.etude.dossier.web.chiffre;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.remuneration.BaremesDeSaisie;
import fr.etude.dossier.core.tarif.TarifDeRecouvrement;
import fr.etude.dossier.core.tarif.Tarifs;

/**
 * For the administrator's home: the figures, scales of the saisie des rémunérations and recovery
 * tariffs that are missing or still to confirm, each with the page where to do it.
 */
@Service
public class ChiffresAFaire {

    /** One thing to do: what, where, and whether something is missing (rather than to confirm). */
    public record ChoseAFaire(String libelle, String lien, boolean manquant) {
    }

    private final ChiffresEnVigueur chiffres;
    private final BaremesDeSaisie baremes;
    private final Tarifs tarifs;
    private final Clock horloge;

    ChiffresAFaire(ChiffresEnVigueur chiffres, BaremesDeSaisie baremes, Tarifs tarifs, Clock horloge) {
        this.chiffres = chiffres;
        this.baremes = baremes;
        this.tarifs = tarifs;
        this.horloge = horloge;
    }

    @Transactional(readOnly = true)
    public List<ChoseAFaire> aFaire() {
        LocalDate aujourdhui = LocalDate.now(horloge);
        List<ChoseAFaire> aFaire = new ArrayList<>();
        chiffres.aFaire().forEach(chose -> aFaire.add(new ChoseAFaire(chose.libelle(), chose.manquant() ? "/admin/chiffres"
                : "/admin/chiffres/" + chose.chiffre().name() + "/" + chose.le(), chose.manquant())));
        baremes.table().aFaire(aujourdhui).forEach(chose -> aFaire.add(new ChoseAFaire(chose.libelle(), chose.manquant()
                ? "/admin/saisie-remunerations" : "/admin/saisie-remunerations/" + chose.annee(), chose.manquant())));
        Stream.of(TarifDeRecouvrement.Cote.values()).flatMap(cote -> tarifs.table(cote).aFaire(aujourdhui).stream())
                .forEach(chose -> aFaire.add(new ChoseAFaire(chose.libelle(),
                        "/admin/tarifs/" + chose.cote().name() + "/" + chose.enVigueurLe(), false)));
        return aFaire;
    }
}
