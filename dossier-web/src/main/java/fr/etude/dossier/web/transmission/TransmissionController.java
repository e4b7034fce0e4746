package fr.etude.dossier.web.transmission;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.document.NouveauDocument;
import fr.etude.dossier.core.transmission.DossierTransmis;
import fr.etude.dossier.core.transmission.Imports;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.RefusDuDomaine;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** The créancier sends new dossiers: one by the form, or many by a CSV file. */
@Controller
class TransmissionController {

    private static final int PIECES_MAX = 5;
    private static final int IMPORTS_RECENTS = 20;
    private static final int ANOMALIES_AFFICHEES = 1_000;
    private static final long MEGAOCTET = 1024 * 1024;

    private final TransmissionDesDossiers transmission;
    private final Imports imports;
    private final Messages messages;
    private final Clock horloge;
    private final long tailleMaxDesPieces;
    private final long tailleMaxDesImports;

    TransmissionController(TransmissionDesDossiers transmission, Imports imports, Messages messages, Clock horloge,
                           @Value("${dossier.documents.taille-max}") DataSize tailleMaxDesPieces,
                           @Value("${dossier.import.taille-max}") DataSize tailleMaxDesImports) {
        this.transmission = transmission;
        this.imports = imports;
        this.messages = messages;
        this.horloge = horloge;
        this.tailleMaxDesPieces = tailleMaxDesPieces.toBytes();
        this.tailleMaxDesImports = tailleMaxDesImports.toBytes();
    }

    @GetMapping("/portefeuille/dossiers/nouveau")
    String formulaire(Model model) {
        model.addAttribute("dossierTransmisSaisi", new DossierTransmisSaisi());
        return "transmission/nouveau";
    }

    /**
     * One more créance line: the form comes back as typed, with an empty line; nothing is checked yet,
     * but a value that cannot be read (an amount, a date) is named on its field rather than lost.
     */
    @PostMapping(path = "/portefeuille/dossiers/nouveau", params = "ajouterCreance")
    String ajouterUneCreance(@ModelAttribute DossierTransmisSaisi saisie, BindingResult resultat) {
        if (saisie.getCreances().size() < DossierTransmis.CREANCES_MAX) {
            saisie.getCreances().add(new CreanceSaisie());
        }
        return "transmission/nouveau";
    }

    @PostMapping(path = "/portefeuille/dossiers/nouveau", params = "!ajouterCreance")
    String transmettre(@Valid @ModelAttribute DossierTransmisSaisi saisie, BindingResult resultat,
                       @RequestParam(name = "pieces", required = false) List<MultipartFile> fichiers,
                       @AuthenticationPrincipal UtilisateurConnecte utilisateur, RedirectAttributes redirection) throws IOException {
        List<NouveauDocument> pieces = pieces(fichiers, resultat);
        var dossier = saisie.lire(resultat, LocalDate.now(horloge));
        if (dossier.isEmpty() || resultat.hasErrors()) {
            return "transmission/nouveau";
        }
        try {
            DossierTransmis.Ouverture ouverture = transmission.transmettre(creancier(utilisateur), dossier.get(), pieces,
                    utilisateur.auteur());
            redirection.addFlashAttribute("message", messages.texte("transmission.faite", ouverture.dossier().reference().valeur(),
                    ouverture.referenceCreancier()));
            return "redirect:/portefeuille/dossiers/" + ouverture.dossier().id().value();
        } catch (TransmissionDesDossiers.DejaTransmis deja) {
            RefusDuDomaine.rejeterLeChamp(resultat, "reference", messages.texte("transmission.dejaTransmis", deja.getMessage()));
        } catch (TransmissionDesDossiers.ImportEnCours enCours) {
            RefusDuDomaine.rejeter(resultat, messages.texte("transmission.importEnCours"));
        }
        return "transmission/nouveau";
    }

    /** The files sent with the dossier, each checked as any document; a refused one is named above the form. */
    private List<NouveauDocument> pieces(List<MultipartFile> fichiers, BindingResult resultat) throws IOException {
        List<NouveauDocument> pieces = new ArrayList<>();
        List<MultipartFile> choisis = fichiers == null ? List.of() : fichiers.stream().filter(fichier -> !fichier.isEmpty()).toList();
        if (choisis.size() > PIECES_MAX) {
            RefusDuDomaine.rejeter(resultat, messages.texte("transmission.tropDePieces", PIECES_MAX));
            return pieces;
        }
        for (MultipartFile fichier : choisis) {
            try {
                pieces.add(NouveauDocument.verifier(fichier.getOriginalFilename(), fichier.getBytes(), tailleMaxDesPieces, true));
            } catch (IllegalArgumentException refus) {
                RefusDuDomaine.rejeter(resultat, messages.texte("transmission.pieceRefusee", fichier.getOriginalFilename(),
                        refus.getMessage()));
            }
        }
        return pieces;
    }

    @GetMapping("/portefeuille/imports")
    String imports(@AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model) {
        model.addAttribute("importSaisi", new ImportSaisi());
        return pageDesImports(utilisateur, model);
    }

    @PostMapping("/portefeuille/imports")
    String importer(@Valid @ModelAttribute ImportSaisi saisie, BindingResult resultat,
                    @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model) throws IOException {
        MultipartFile fichier = saisie.getFichier();
        if (fichier == null || fichier.isEmpty()) {
            RefusDuDomaine.rejeterLeChamp(resultat, "fichier", messages.texte("import.fichierAbsent"));
        } else if (fichier.getSize() > tailleMaxDesImports) {
            RefusDuDomaine.rejeterLeChamp(resultat, "fichier", messages.texte("import.tropGros",
                    (fichier.getSize() + MEGAOCTET - 1) / MEGAOCTET, DataSize.ofBytes(tailleMaxDesImports).toMegabytes()));
        }
        if (resultat.hasErrors()) {
            return pageDesImports(utilisateur, model);
        }
        String nom = fichier.getOriginalFilename() == null || fichier.getOriginalFilename().isBlank() ? "import.csv"
                : fichier.getOriginalFilename().replaceAll("[\\\\/\\p{Cntrl}]", "_");
        UUID id = imports.deposer(new Imports.Depot(creancier(utilisateur), utilisateur.auteur(), horloge.instant(),
                nom.length() > 255 ? nom.substring(0, 255) : nom, fichier.getBytes(), saisie.getMode()));
        return "redirect:/portefeuille/imports/" + id;
    }

    @GetMapping("/portefeuille/imports/{id}")
    String suivi(@PathVariable UUID id, @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model) {
        Imports.Suivi suivi = imports.duCreancier(creancier(utilisateur), id).orElseThrow(DossierIntrouvable::new);
        model.addAttribute("suivi", suivi);
        model.addAttribute("anomalies", suivi.etat().fini() ? imports.anomalies(id, ANOMALIES_AFFICHEES) : List.of());
        model.addAttribute("anomaliesAffichees", ANOMALIES_AFFICHEES);
        return "transmission/import";
    }

    /** The progress alone, polled while the file is being processed. */
    @GetMapping("/portefeuille/imports/{id}/avancement")
    String avancement(@PathVariable UUID id, @AuthenticationPrincipal UtilisateurConnecte utilisateur, Model model,
                      jakarta.servlet.http.HttpServletResponse reponse) {
        suivi(id, utilisateur, model);
        if (((Imports.Suivi) model.getAttribute("suivi")).etat().fini()) {
            // The report is the whole page: htmx loads it again.
            reponse.setHeader("HX-Refresh", "true");
        }
        return "transmission/import :: avancement";
    }

    private String pageDesImports(UtilisateurConnecte utilisateur, Model model) {
        model.addAttribute("recents", imports.recents(creancier(utilisateur), IMPORTS_RECENTS));
        model.addAttribute("tailleMax", DataSize.ofBytes(tailleMaxDesImports).toMegabytes());
        return "transmission/imports";
    }

    private static CreancierId creancier(UtilisateurConnecte utilisateur) {
        return utilisateur.creancier().orElseThrow(() -> new IllegalStateException("Utilisateur créancier sans créancier"));
    }
}
