package fr.etude.dossier.web.chiffre;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.remuneration.BaremesDeSaisie;

/**
 * For the administrator's home: the figures and scales of the saisie des rémunérations that are
 * missing or still to confirm, each with the page where to do it.
 */
@Service
public class ChiffresAFaire {

    /** One thing to do: what, where, and whether something is missing (rather than to confirm). */
    public record ChoseAFaire(String libelle, String lien, boolean manquant) {
    }

    private final ChiffresEnVigueur chiffres;
    private final BaremesDeSaisie baremes;
    private final Clock horloge;

    ChiffresAFaire(ChiffresEnVigueur chiffres, BaremesDeSaisie baremes, Clock horloge) {
        this.chiffres = chiffres;
        this.baremes = baremes;
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
        return aFaire;
    }
}
