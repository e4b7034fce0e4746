package fr.etude.dossier.web.courrier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.courrier.CourrierProduit;
import fr.etude.dossier.core.courrier.Courriers;
import fr.etude.dossier.core.courrier.ModeleDeCourrier;
import fr.etude.dossier.core.courrier.VirementDemande;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.debiteur.Debiteur;
import fr.etude.dossier.core.decompte.Decompte;
import fr.etude.dossier.core.dossier.Debiteurs;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.Paiements;
import fr.etude.dossier.core.echeancier.Echeancier;
import fr.etude.dossier.core.echeancier.Echeanciers;
import fr.etude.dossier.core.etude.Etude;
import fr.etude.dossier.core.etude.IdentiteDeLEtude;
import fr.etude.dossier.core.identite.Adresse;
import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.promesse.Promesses;
import fr.etude.dossier.core.reclamation.Reclamation;
import fr.etude.dossier.core.reclamation.Reclamations;
import fr.etude.dossier.core.reglage.Reglage;
import fr.etude.dossier.core.reglage.ReglagesDeLEtude;
import fr.etude.dossier.web.dossier.ConsultationDeDossier;
import fr.etude.dossier.web.format.Messages;

/**
 * Writes a letter of a dossier at a date: everything its template shows, as French text, from the
 * dossier, its débiteur, the office's identity and the décompte of the engine at that date. The
 * template only lays it out.
 */
@Service
class RedactionDesCourriers {

    /** Days the office gives itself to answer a complaint, as the acknowledgement promises. */

    private final ConsultationDeDossier consultation;
    private final Dossiers dossiers;
    private final Debiteurs debiteurs;
    private final Etude etude;
    private final Courriers courriers;
    private final Paiements paiements;
    private final Promesses promesses;
    private final Echeanciers echeanciers;
    private final Reclamations reclamations;
    private final CodeQrDeVirement codeQr;
    private final Messages messages;
    private final ReglagesDeLEtude reglages;

    RedactionDesCourriers(ConsultationDeDossier consultation, Dossiers dossiers, Debiteurs debiteurs, Etude etude,
                          Courriers courriers, Paiements paiements, Promesses promesses, Echeanciers echeanciers,
                          Reclamations reclamations, CodeQrDeVirement codeQr, Messages messages, ReglagesDeLEtude reglages) {
        this.consultation = consultation;
        this.dossiers = dossiers;
        this.debiteurs = debiteurs;
        this.etude = etude;
        this.courriers = courriers;
        this.paiements = paiements;
        this.promesses = promesses;
        this.echeanciers = echeanciers;
        this.reclamations = reclamations;
        this.codeQr = codeQr;
        this.messages = messages;
        this.reglages = reglages;
    }

    /**
     * @param reference the letter's own reference
     * @param decompte  the statement it shows, when it shows one
     */
    /** @param courriel where the letter may also go by e-mail: the débiteur's current address, if known */
    record Redaction(Map<String, Object> variables, String destinataire, String reference, Optional<Decompte> decompte,
                     Optional<Email> courriel) {
    }

    @Transactional(readOnly = true)
    Redaction rediger(DossierId id, ModeleDeCourrier modele, LocalDate date, Optional<String> texte) {
        IdentiteDeLEtude office = etude.identite().orElseThrow(() -> new CourrierImpossible(
                "L'identité de l'étude n'est pas complète : l'administrateur la saisit avant tout courrier."));
        ConsultationDeDossier.Consultation lue = consultation.consulter(id, date, Optional.empty())
                .orElseThrow(() -> new CourrierImpossible("Ce dossier n'existe pas."));
        FicheDeDossier fiche = lue.fiche();
        Dossier dossier = dossiers.parId(id).orElseThrow();
        Debiteur debiteur = debiteurs.duDossier(id).stream().filter(enregistre -> enregistre.rang() == 1).findFirst()
                .orElseThrow(() -> new CourrierImpossible("Ce dossier n'a pas de débiteur.")).debiteur();
        if (modele.demandeDePaiement() && lue.decompte().isEmpty()) {
            throw new CourrierImpossible("Le décompte du " + FormatFrancais.date(date) + " ne peut être établi ("
                    + lue.refus().orElse("") + ") : pas de demande de paiement sans lui.");
        }
        String reference = fiche.reference() + "-C" + String.format("%02d", courriers.duDossier(id).size() + 1);

        Map<String, Object> variables = new HashMap<>();
        variables.put("etude", etude(office));
        variables.put("creancier", Map.of("nom", fiche.creancier()));
        String destinataire;
        Optional<Email> courriel = Optional.empty();
        if (modele.destinataire() == ModeleDeCourrier.Destinataire.DEBITEUR) {
            courriel = debiteur.coordonnees().emails().stream().findFirst();
            Adresse adresse = debiteur.coordonnees().adresses().stream().findFirst().orElseThrow(() -> new CourrierImpossible(
                    "Le débiteur n'a pas d'adresse : complétez sa fiche avant de lui écrire."));
            destinataire = debiteur.nomAffiche();
            variables.put("destinataire", Map.of("nom", destinataire, "lignes", lignes(adresse)));
            courriers.premierAuDebiteur(id).map(RedactionDesCourriers::premier).ifPresent(premier -> variables.put("premier", premier));
        } else {
            destinataire = fiche.creancier();
            variables.put("destinataire", Map.of("nom", destinataire, "lignes", List.of()));
        }
        variables.put("reference", reference);
        variables.put("referenceDossier", fiche.reference());
        variables.put("referencesCreancier", dossier.creances().stream().map(Creance::referenceCreancier)
                .filter(ref -> !ref.isBlank()).toList());
        variables.put("date", FormatFrancais.date(date));
        variables.put("delaiDeMiseEnDemeure", reglages.instantane().entier(Reglage.MISE_EN_DEMEURE_DELAI_JOURS));
        variables.put("fondement", fondement(dossier.creances()));
        variables.put("debiteur", debiteur.nomAffiche());
        lue.decompte().ifPresent(decompte -> {
            variables.put("decompte", decompte(decompte));
            variables.put("solde", !decompte.solde().estPositif());
            if (modele.demandeDePaiement() && decompte.solde().estPositif()) {
                VirementDemande virement = new VirementDemande(office.nom(), office.iban(), office.bic(), decompte.solde(),
                        "Dossier " + fiche.reference());
                variables.put("paiement", paiement(virement, office));
            }
        });
        texte.map(RedactionDesCourriers::paragraphes).ifPresent(paragraphes -> variables.put("texte", paragraphes));
        Optional<Map<String, Object>> plan = echeancier(id, modele);
        Optional<Map<String, String>> reclamation = reclamation(id, date);
        switch (modele.prerequis()) {
            case ECHEANCIER_PROPOSE -> plan.orElseThrow(() -> new CourrierImpossible(
                    "Aucun échéancier n'est proposé sur ce dossier : proposez-le d'abord, puis écrivez au débiteur."));
            case ECHEANCIER_EN_COURS -> plan.orElseThrow(() -> new CourrierImpossible(
                    "Aucun échéancier n'est en cours sur ce dossier."));
            case RECLAMATION_OUVERTE -> reclamation.orElseThrow(() -> new CourrierImpossible(
                    "Aucune réclamation n'est ouverte sur ce dossier."));
            case AUCUN -> { }
        }
        plan.ifPresent(echeances -> variables.put("echeancier", echeances));
        reclamation.ifPresent(ouverte -> variables.put("reclamation", ouverte));
        variables.put("paiements", paiements.duDossier(id).stream().filter(paiement -> !paiement.estContrepasse())
                .map(paiement -> Map.of("date", FormatFrancais.date(paiement.date()), "montant",
                        FormatFrancais.euros(paiement.montant()), "mode", messages.texte("mode." + paiement.mode().name())))
                .toList());
        variables.put("propositions", promesses.duDossier(id).stream().map(suivie -> "Promesse du "
                + FormatFrancais.date(suivie.promesse().faiteLe()) + " de payer " + FormatFrancais.euros(suivie.promesse().montant())
                + " le " + FormatFrancais.date(suivie.promesse().echeance())).toList());
        return new Redaction(variables, destinataire, reference, lue.decompte(), courriel);
    }

    static Map<String, Object> etude(IdentiteDeLEtude office) {
        Map<String, Object> etude = new HashMap<>();
        etude.put("nom", office.nom());
        etude.put("adresse", office.adresse().ligne1());
        etude.put("codePostal", office.adresse().codePostal());
        etude.put("ville", office.adresse().ville());
        etude.put("telephone", office.telephone().formate());
        etude.put("email", office.email().valeur());
        etude.put("siret", office.siret().replaceFirst("(\\d{3})(\\d{3})(\\d{3})(\\d{5})", "$1 $2 $3 $4"));
        etude.put("commissaire", office.commissaire());
        return etude;
    }

    private static List<String> lignes(Adresse adresse) {
        List<String> lignes = new ArrayList<>();
        lignes.add(adresse.ligne1());
        adresse.ligne2().ifPresent(lignes::add);
        lignes.add(adresse.codePostal() + " " + adresse.ville());
        if (!adresse.pays().equals("FR")) {
            lignes.add(adresse.pays());
        }
        return lignes;
    }

    private static Map<String, String> premier(CourrierProduit courrier) {
        return Map.of("reference", courrier.reference(), "date", FormatFrancais.date(courrier.date()));
    }

    /** "la facture F-1 exigible le 01/03/2026", "les créances F-1 (…) et F-2 (…)". */
    private static String fondement(List<Creance> creances) {
        List<String> parties = creances.stream().map(creance -> (creance.referenceCreancier().isBlank() ? "la créance"
                : "« " + creance.referenceCreancier() + " »") + " exigible le " + FormatFrancais.date(creance.exigibilite()))
                .toList();
        if (parties.size() == 1) {
            return parties.get(0);
        }
        return "des créances " + String.join(", ", parties.subList(0, parties.size() - 1)) + " et "
                + parties.get(parties.size() - 1);
    }

    private static Map<String, Object> decompte(Decompte decompte) {
        return Map.of("date", FormatFrancais.date(decompte.dateArrete()),
                "principal", FormatFrancais.euros(decompte.principal()),
                "interets", FormatFrancais.euros(decompte.interets()),
                "accessoires", FormatFrancais.euros(decompte.accessoires().plus(decompte.frais())),
                "paye", FormatFrancais.euros(decompte.totalImpute()),
                "solde", FormatFrancais.euros(decompte.solde()),
                "lignes", decompte.lignes().stream().map(ligne -> Map.of("libelle", ligne.libelle(),
                        "aConfirmer", ligne.taux().aConfirmer())).toList());
    }

    private Map<String, Object> paiement(VirementDemande virement, IdentiteDeLEtude office) {
        Map<String, Object> paiement = new HashMap<>();
        paiement.put("montant", FormatFrancais.euros(virement.montant()));
        paiement.put("beneficiaire", virement.beneficiaire());
        paiement.put("iban", office.iban().formate());
        office.bic().ifPresent(bic -> paiement.put("bic", bic));
        paiement.put("libelle", virement.libelle());
        paiement.put("qr", codeQr.image(virement));
        return paiement;
    }

    /** The plan a letter about instalments speaks of: the one offered, or the one running. */
    private Optional<Map<String, Object>> echeancier(DossierId id, ModeleDeCourrier modele) {
        Echeancier.Statut voulu = modele == ModeleDeCourrier.PROPOSITION_ECHEANCIER ? Echeancier.Statut.PROPOSE
                : Echeancier.Statut.EN_COURS;
        return echeanciers.duDossier(id).stream().filter(plan -> plan.statut() == voulu).findFirst()
                .map(plan -> Map.of("echeances", plan.echeances().stream().map(echeance -> Map.of(
                        "date", FormatFrancais.date(echeance.date()), "montant", FormatFrancais.euros(echeance.montant())))
                        .toList()));
    }

    private Optional<Map<String, String>> reclamation(DossierId id, LocalDate date) {
        return reclamations.duDossier(id).stream().filter(Reclamation::estOuverte).findFirst()
                .map(reclamation -> Map.of("date", FormatFrancais.date(reclamation.recueLe()),
                        "echeance", FormatFrancais.date(reclamation.echeance())));
    }

    private static List<String> paragraphes(String texte) {
        return java.util.Arrays.stream(texte.split("\\R\\s*\\R")).map(paragraphe -> paragraphe.replaceAll("\\s*\\R\\s*", " ").strip())
                .filter(paragraphe -> !paragraphe.isEmpty()).collect(Collectors.toList());
    }
}
