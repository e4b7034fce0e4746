package fr.etude.dossier.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.etude.dossier.web.creancier.RegistreDesCreanciers;
import fr.etude.dossier.web.chiffre.ChiffresAFaire;
import fr.etude.dossier.web.etude.IdentiteDeLEtudeService;
import fr.etude.dossier.web.taux.TablesDeLaLoi;

/** The administrator's home: what the law's tables lack or still have to confirm, and where to do it. */
@Controller
class AdministrationController {

    private final TablesDeLaLoi tables;
    private final IdentiteDeLEtudeService etude;
    private final RegistreDesCreanciers creanciers;
    private final ChiffresAFaire chiffres;

    AdministrationController(TablesDeLaLoi tables, IdentiteDeLEtudeService etude, RegistreDesCreanciers creanciers,
                             ChiffresAFaire chiffres) {
        this.tables = tables;
        this.etude = etude;
        this.creanciers = creanciers;
        this.chiffres = chiffres;
    }

    @GetMapping("/admin")
    String accueil(Model model) {
        model.addAttribute("etudeACompleter", etude.identite().isEmpty());
        model.addAttribute("aFaire", tables.aFaire());
        model.addAttribute("mandatsAFaire", creanciers.mandatsAFaire());
        model.addAttribute("chiffresAFaire", chiffres.aFaire());
        return "admin/accueil";
    }
}
