package fr.etude.dossier.web.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import fr.etude.dossier.core.courrier.Courriers;
import fr.etude.dossier.core.courrier.Envoi;
import fr.etude.dossier.core.courrier.Envois;
import fr.etude.dossier.core.courrier.ModeleDeCourrier;
import fr.etude.dossier.core.document.Documents;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.TypeEvenement;

/** The dossier page, for the office (a creditor has its own, narrower view). */
@Controller
class DossierController {

    private final ConsultationDeDossier consultation;
    private final Documents documents;
    private final Courriers courriers;
    private final Envois envois;
    private final Clock horloge;
    private final long tailleMaxDesDocuments;

    DossierController(ConsultationDeDossier consultation, Documents documents, Courriers courriers, Envois envois,
                      Clock horloge,
                      @Value("${dossier.documents.taille-max}") DataSize tailleMaxDesDocuments) {
        this.consultation = consultation;
        this.documents = documents;
        this.courriers = courriers;
        this.envois = envois;
        this.horloge = horloge;
        this.tailleMaxDesDocuments = tailleMaxDesDocuments.toBytes();
    }

    @GetMapping("/dossiers/{id}")
    String dossier(@PathVariable String id, @RequestParam(name = "au", required = false) LocalDate au,
                   @RequestParam(name = "evenement", required = false) TypeEvenement evenement, Model model) {
        LocalDate date = au == null ? LocalDate.now(horloge) : au;
        DossierId dossier = new DossierId(identifiant(id));
        model.addAttribute("consultation", consultation.consulter(dossier, date, Optional.ofNullable(evenement))
                .orElseThrow(DossierIntrouvable::new));
        model.addAttribute("documents", documents.duDossier(dossier));
        model.addAttribute("courriers", courriers.duDossier(dossier));
        model.addAttribute("courriels", envois.duDossier(dossier).stream()
                .collect(java.util.stream.Collectors.toMap(envoi -> envoi.lettre().orElseThrow().courrier(), envoi -> envoi, (premier, second) -> premier)));
        model.addAttribute("modelesDeCourrier", ModeleDeCourrier.values());
        model.addAttribute("tailleMaxDesDocuments", tailleMaxDesDocuments);
        model.addAttribute("typesDEvenement", TypeEvenement.values());
        return "dossier/dossier";
    }

    /** The timeline's next page: its rows alone for the dossier page (HTMX), a page of its own without JavaScript. */
    @GetMapping("/dossiers/{id}/chronologie")
    String chronologie(@PathVariable String id, @RequestParam(name = "evenement", required = false) TypeEvenement evenement,
                       @RequestParam(name = "avant", required = false) Long avant,
                       @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
        ConsultationDeDossier.Chronologie chronologie = consultation.chronologie(new DossierId(identifiant(id)),
                Optional.ofNullable(evenement), Optional.ofNullable(avant)).orElseThrow(DossierIntrouvable::new);
        model.addAttribute("fiche", chronologie.fiche());
        model.addAttribute("chronologie", chronologie.page());
        return htmx ? "dossier/chronologie :: entrees" : "dossier/chronologie";
    }

    private static UUID identifiant(String texte) {
        try {
            return UUID.fromString(texte);
        } catch (IllegalArgumentException e) {
            throw new DossierIntrouvable();
        }
    }
}
