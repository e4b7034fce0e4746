package fr.etude.dossier.web.courrier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.contact.Canal;
import fr.etude.dossier.core.contact.ContactAConsigner;
import fr.etude.dossier.core.contact.DecisionDeContact;
import fr.etude.dossier.core.courrier.CourrierProduit;
import fr.etude.dossier.core.courrier.Courriers;
import fr.etude.dossier.core.courrier.Envoi;
import fr.etude.dossier.core.courrier.Envois;
import fr.etude.dossier.core.courrier.ModeleDeCourrier;
import fr.etude.dossier.core.decompte.Decompte;
import fr.etude.dossier.core.document.Document;
import fr.etude.dossier.core.document.Documents;
import fr.etude.dossier.core.document.NouveauDocument;
import fr.etude.dossier.core.document.TypeDeDocument;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.Phrases;
import fr.etude.dossier.core.dossier.TypeEvenement;
import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.web.contact.JournalDeContacts;

/**
 * A letter produced: written at today's date, printed to PDF, filed with the dossier's documents,
 * recorded with its template, version and SHA-256, and entered in the timeline, all in one
 * transaction, with its e-mail queued when asked. A letter to the débiteur is a contact: the contact policy applies to it (no new
 * demand for payment within the office's delay), unless the commissaire overrides it with a reason.
 */
@Service
class ProductionDesCourriers {

    private final RedactionDesCourriers redaction;
    private final GabaritsDeCourriers gabarits;
    private final ImpressionEnPdf impression;
    private final JournalDeContacts contacts;
    private final Dossiers dossiers;
    private final Documents documents;
    private final Courriers courriers;
    private final Envois envois;
    private final Clock horloge;

    ProductionDesCourriers(RedactionDesCourriers redaction, GabaritsDeCourriers gabarits, ImpressionEnPdf impression,
                           JournalDeContacts contacts, Dossiers dossiers, Documents documents, Courriers courriers,
                           Envois envois, Clock horloge) {
        this.redaction = redaction;
        this.gabarits = gabarits;
        this.impression = impression;
        this.contacts = contacts;
        this.dossiers = dossiers;
        this.documents = documents;
        this.courriers = courriers;
        this.envois = envois;
        this.horloge = horloge;
    }

    /** The letter as it would be today, and the address it could also be e-mailed to. */
    record Apercu(GabaritsDeCourriers.Rendu rendu, Optional<String> courriel) {
    }

    /** The letter as it would be today, for the browser; nothing is recorded. */
    @Transactional(readOnly = true)
    Apercu apercu(DossierId dossier, ModeleDeCourrier modele, Optional<String> texte) {
        RedactionDesCourriers.Redaction redigee = redaction.rediger(dossier, modele, LocalDate.now(horloge), texte);
        return new Apercu(gabarits.rendre(modele, redigee.variables(), Optional.of(FEUILLE_DE_STYLE)),
                redigee.courriel().map(Email::valeur));
    }

    /** Where browsers find the letters' style sheet, for previews. */
    static final String FEUILLE_DE_STYLE = "/courriers/courrier.css";

    /** What came of a request to produce a letter: the letter, or the contact rules it would break. */
    record Resultat(Optional<CourrierProduit> courrier, List<DecisionDeContact.Infraction> infractions) {
    }

    @Transactional
    Resultat produire(DossierId id, long versionLue, ModeleDeCourrier modele, Optional<String> texte,
                      Optional<String> derogation, boolean parCourriel, Auteur auteur) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        RedactionDesCourriers.Redaction redigee = redaction.rediger(id, modele, aujourdhui, texte);
        if (parCourriel && redigee.courriel().isEmpty()) {
            throw new CourrierImpossible("Le débiteur n'a pas d'adresse e-mail : le courrier ne peut partir que par la poste.");
        }
        byte[] pdf = impression.imprimer(gabarits.rendre(modele, redigee.variables()).html());
        String empreinte = sha256(pdf);
        String trace = Phrases.de("courrier.trace", modele.objet(), modele.gabarit(), modele.version(), redigee.reference(),
                empreinte);
        if (modele.destinataire() == ModeleDeCourrier.Destinataire.DEBITEUR) {
            ContactAConsigner envoi = new ContactAConsigner(Canal.COURRIER, LocalDateTime.now(horloge), false,
                    Optional.empty(), Optional.empty(), Optional.of(modele.natureDeLEnvoi()), false, Optional.empty(), false,
                    Optional.of(trace), Optional.empty(), Optional.empty());
            List<DecisionDeContact.Infraction> infractions = contacts.consigner(id, versionLue, envoi, derogation, auteur);
            if (!infractions.isEmpty()) {
                return new Resultat(Optional.empty(), infractions);
            }
        } else {
            Dossier dossier = dossiers.aLaVersion(id, versionLue);
            dossier.consigner(TypeEvenement.COURRIER, Phrases.de("courrier.auCreancier", trace), auteur, horloge.instant());
            dossiers.enregistrer(dossier);
        }
        Document fichier = documents.deposer(id, new NouveauDocument(redigee.reference() + " " + modele.objet() + ".pdf",
                TypeDeDocument.PDF, pdf, true), auteur);
        CourrierProduit courrier = new CourrierProduit(UUID.randomUUID(), id, modele, modele.version(), aujourdhui,
                redigee.reference(), redigee.destinataire(), fichier.id(), empreinte, auteur.nom(), horloge.instant(),
                redigee.decompte().map(Decompte::tauxDuBareme).orElse(List.of()));
        courriers.enregistrer(courrier);
        if (parCourriel) {
            envois.mettreEnFile(Envoi.aEnvoyer(courrier.id(), id, redigee.courriel().get(), modele.objet(), horloge.instant()));
        }
        return new Resultat(Optional.of(courrier), List.of());
    }

    static String sha256(byte[] octets) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(octets));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
