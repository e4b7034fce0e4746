package fr.etude.dossier.web.portefeuille;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.etude.dossier.core.document.Documents;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.DossierResume;
import fr.etude.dossier.core.dossier.PageDeDossiers;
import fr.etude.dossier.core.dossier.TypeEvenement;
import fr.etude.dossier.web.courrier.RelevesDuCreancier;
import fr.etude.dossier.web.dossier.DossierIntrouvable;
import fr.etude.dossier.web.format.Messages;
import fr.etude.dossier.web.format.TableurFrancais;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;

import fr.etude.dossier.core.dossier.Curseur;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.ListesDeDossiers;
import fr.etude.dossier.web.securite.UtilisateurConnecte;

/** A creditor's portfolio: its own dossiers, scoped by the créancier of the signed-in user. */
@Controller
class PortefeuilleController {

    private static final int TAILLE_PAGE = 200;
    private static final int RECHERCHE_MAX = 100;
    private static final int RESULTATS_MAX = 50;
    /** How far back a portfolio statement goes: older, a typing error. */
    private static final int ANNEES_DU_RELEVE = 30;

    private final ListesDeDossiers listes;
    private final DossiersDuCreancier dossiers;
    private final RelevesDuCreancier releves;
    private final Messages messages;
    private final Clock horloge;

    PortefeuilleController(ListesDeDossiers listes, DossiersDuCreancier dossiers, RelevesDuCreancier releves, Messages messages,
                           Clock horloge) {
        this.releves = releves;
        this.listes = listes;
        this.dossiers = dossiers;
        this.messages = messages;
        this.horloge = horloge;
    }

    @GetMapping("/portefeuille/dossiers/{id}")
    String dossier(@AuthenticationPrincipal UtilisateurConnecte utilisateur, @PathVariable UUID id, Model model) {
        model.addAttribute("vue", dossiers.vue(creancier(utilisateur), new DossierId(id)).orElseThrow(DossierIntrouvable::new));
        return "portefeuille/dossier";
    }

    @GetMapping("/portefeuille/dossiers/{id}/documents/{document}")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal UtilisateurConnecte utilisateur, @PathVariable UUID id,
                                    @PathVariable UUID document) {
        Documents.Contenu contenu = dossiers.document(creancier(utilisateur), new DossierId(id), document)
                .orElseThrow(DossierIntrouvable::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contenu.document().type().typeMime()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(contenu.document().nom(), StandardCharsets.UTF_8).build().toString())
                .body(contenu.octets());
    }

    /** The dossier's statement today (the compte rendu of art. R124-5 CPCE), as a PDF to keep. */
    @GetMapping("/portefeuille/dossiers/{id}/releve.pdf")
    ResponseEntity<byte[]> releve(@AuthenticationPrincipal UtilisateurConnecte utilisateur, @PathVariable UUID id,
                                  RedirectAttributes redirection) {
        DossierId dossier = new DossierId(id);
        if (!dossiers.estLeSien(creancier(utilisateur), dossier)) {
            throw new DossierIntrouvable();
        }
        RelevesDuCreancier.Releve releve = releves.compteRendu(dossier);
        if (releve.pdf().isEmpty()) {
            redirection.addFlashAttribute("alerte", messages.texte("portefeuille.releveImpossible", releve.impossible().orElse("")));
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, "/portefeuille/dossiers/" + id).build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("releve-" + LocalDate.now(horloge) + ".pdf").build().toString())
                .body(releve.pdf().get());
    }

    /**
     * The whole portfolio as it stood at a date (today unless said), as a PDF to keep: each dossier's
     * principal, what was recovered by then and what was still owed. A date in the future, or one no
     * statement can go back to, is named on the portfolio.
     */
    @GetMapping("/portefeuille/releve.pdf")
    ResponseEntity<byte[]> releveDuPortefeuille(@AuthenticationPrincipal UtilisateurConnecte utilisateur,
                                                @RequestParam(name = "au", required = false) LocalDate au,
                                                RedirectAttributes redirection) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        LocalDate date = au == null ? aujourdhui : au;
        Optional<String> refus = date.isAfter(aujourdhui) ? Optional.of(messages.texte("portefeuille.releve.futur"))
                : date.isBefore(aujourdhui.minusYears(ANNEES_DU_RELEVE))
                ? Optional.of(messages.texte("portefeuille.releve.tropAncien", ANNEES_DU_RELEVE)) : Optional.empty();
        RelevesDuCreancier.Releve releve = refus.isPresent() ? new RelevesDuCreancier.Releve(Optional.empty(), refus)
                : releves.portefeuille(creancier(utilisateur), date);
        if (releve.pdf().isEmpty()) {
            redirection.addFlashAttribute("alerte", messages.texte("portefeuille.releveDuPortefeuilleImpossible",
                    releve.impossible().orElse("")));
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, "/portefeuille").build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("portefeuille-au-" + date + ".pdf").build().toString())
                .body(releve.pdf().get());
    }

    /** The whole portfolio as a spreadsheet, read page after page so that its size does not matter. */
    @GetMapping("/portefeuille/portefeuille.csv")
    void export(@AuthenticationPrincipal UtilisateurConnecte utilisateur, HttpServletResponse reponse) throws IOException {
        CreancierId creancier = creancier(utilisateur);
        reponse.setContentType("text/csv;charset=UTF-8");
        reponse.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("portefeuille-" + LocalDate.now(horloge) + ".csv").build().toString());
        try (TableurFrancais tableur = new TableurFrancais(reponse.getOutputStream(), messages.texte("dossier.reference"),
                messages.texte("dossier.debiteur"), messages.texte("dossier.etape"), messages.texte("dossier.statut"),
                messages.texte("dossier.principal"), messages.texte("dossier.recouvre"), messages.texte("dossier.solde"))) {
            Optional<Curseur> apres = Optional.empty();
            do {
                PageDeDossiers page = listes.duCreancier(creancier, apres, TAILLE_PAGE);
                for (DossierResume dossier : page.dossiers()) {
                    tableur.ligne(dossier.reference(), dossier.debiteur(), messages.texte("etape." + dossier.etape()),
                            messages.texte("statut." + dossier.statut()), dossier.principal(), dossier.recouvre(), dossier.solde());
                }
                apres = page.suivante();
            } while (apres.isPresent());
        }
    }

    private static CreancierId creancier(UtilisateurConnecte utilisateur) {
        return utilisateur.creancier().orElseThrow(() -> new IllegalStateException("Utilisateur créancier sans créancier"));
    }

    @GetMapping("/portefeuille")
    String portefeuille(@AuthenticationPrincipal UtilisateurConnecte utilisateur,
                        @org.springframework.web.bind.annotation.ModelAttribute("criteres") CriteresDuPortefeuille criteres,
                        org.springframework.validation.BindingResult resultat,
                        @RequestParam(name = "apres", required = false) String apres,
                        @RequestParam(name = "q", required = false) String texte, Model model) {
        CreancierId creancier = creancier(utilisateur);
        String cherche = texte == null ? "" : texte.strip();
        model.addAttribute("q", cherche.length() > RECHERCHE_MAX ? cherche.substring(0, RECHERCHE_MAX) : cherche);
        List<DossierResume> resultats = List.of();
        if (!cherche.isEmpty()) {
            // By the débiteur's name or the dossier's reference, within this créancier's dossiers only.
            model.addAttribute("trop_court", cherche.length() < 2);
            model.addAttribute("trop_long", cherche.length() > RECHERCHE_MAX);
            resultats = cherche.length() < 2 || cherche.length() > RECHERCHE_MAX ? List.of()
                    : listes.rechercher(cherche, Optional.of(creancier), RESULTATS_MAX);
            model.addAttribute("resultats", resultats);
        }
        model.addAttribute("synthese", listes.synthese(creancier));
        model.addAttribute("aujourdhui", LocalDate.now(horloge));
        PageDeDossiers page = listes.duCreancier(creancier, criteres.filtre(), Optional.ofNullable(apres).map(Curseur::depuisTexte),
                TAILLE_PAGE);
        model.addAttribute("page", page);
        // The last action of each dossier shown, found by the search or on the page below it.
        model.addAttribute("dernieresActions", listes.dernieresEntrees(java.util.stream.Stream.concat(resultats.stream(),
                page.dossiers().stream()).map(DossierResume::id).distinct().toList(), TypeEvenement.visiblesDuCreancier()));
        model.addAttribute("etapes", fr.etude.dossier.core.dossier.Etape.values());
        model.addAttribute("statuts", fr.etude.dossier.core.dossier.StatutDossier.values());
        model.addAttribute("tris", fr.etude.dossier.core.dossier.FiltreDuPortefeuille.Tri.values());
        model.addAttribute("pageSuivante", page.suivante().map(curseur -> org.springframework.web.util.UriComponentsBuilder
                .fromPath("/portefeuille").queryParams(new org.springframework.util.LinkedMultiValueMap<>(criteres.parametres()))
                .queryParam("apres", curseur.enTexte()).encode().build().toUriString()));
        return "portefeuille/portefeuille";
    }
}
