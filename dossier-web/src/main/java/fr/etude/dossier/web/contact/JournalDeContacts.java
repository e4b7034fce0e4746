package fr.etude.dossier.web.contact;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.calendrier.JoursFeries;
import fr.etude.dossier.core.contact.Canal;
import fr.etude.dossier.core.contact.ContactAConsigner;
import fr.etude.dossier.core.contact.IssueDAppel;
import fr.etude.dossier.core.contact.ContactEnvisage;
import fr.etude.dossier.core.contact.DecisionDeContact;
import fr.etude.dossier.core.contact.Derogation;
import fr.etude.dossier.core.contact.HistoriqueDeContacts;
import fr.etude.dossier.core.contact.PolitiqueDeContact;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Blocage;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.Phrases;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.TypeEvenement;
import fr.etude.dossier.core.promesse.PromesseDePaiement;
import fr.etude.dossier.core.promesse.Promesses;
import fr.etude.dossier.core.reglage.Reglage;
import fr.etude.dossier.core.reglage.ReglagesDeLEtude;

/**
 * Logs a contact: the contact's own rules and the lawful-contact policy first (for what the office
 * initiates), then the contact, its timeline entry, a promise if the debtor made one, and the next
 * action, in one transaction.
 */
@Service
public class JournalDeContacts {

    private final Dossiers dossiers;
    private final LecturesDeDossier lectures;
    private final HistoriqueDeContacts historique;
    private final Promesses promesses;
    private final ReglagesDeLEtude reglages;
    private final Clock horloge;

    JournalDeContacts(Dossiers dossiers, LecturesDeDossier lectures, HistoriqueDeContacts historique,
                      Promesses promesses, ReglagesDeLEtude reglages, Clock horloge) {
        this.dossiers = dossiers;
        this.lectures = lectures;
        this.historique = historique;
        this.promesses = promesses;
        this.reglages = reglages;
        this.horloge = horloge;
    }

    /**
     * @param derogation the commissaire's reason to go ahead despite the policy (only he may give one)
     * @return the rules that forbid this contact; empty when it was logged
     */
    @Transactional
    public List<DecisionDeContact.Infraction> consigner(DossierId id, long versionLue, ContactAConsigner saisie,
                                                        Optional<String> derogation, Auteur auteur) {
        ReglagesDeLEtude.Instantane lus = reglages.instantane();
        saisie.verifier(LocalDateTime.now(horloge), Period.ofMonths(lus.entier(Reglage.CONTACT_HORIZON_PROMESSES_MOIS)));
        PolitiqueDeContact politique = Reglage.politiqueDeContact(lus);
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        boolean alsaceMoselle = lectures.fiche(id).flatMap(fiche -> fiche.codePostalDuDebiteur())
                .map(JoursFeries::estAlsaceMoselle).orElse(false);
        ContactEnvisage contact = new ContactEnvisage(saisie.canal(), saisie.moment(), saisie.tiers(),
                saisie.baseLegaleTiers(), saisie.modele(), saisie.demandeParDebiteur(), alsaceMoselle);
        Optional<String> motifDeDerogation = Optional.empty();
        if (!saisie.entrant()) {
            DecisionDeContact decision = politique.evaluer(contact,
                    historique.recents(id, saisie.moment(), politique.joursFenetreAppels() + politique.joursReposApresEchange()),
                    dossier.blocages());
            if (!decision.autorise()) {
                if (derogation.isEmpty()) {
                    return decision.infractions();
                }
                motifDeDerogation = Optional.of(new Derogation(decision.infractions(), derogation.get(), auteur.id(),
                        horloge.instant()).motif());
            }
        }
        historique.enregistrer(id, new HistoriqueDeContacts.ContactEnregistre(UUID.randomUUID(), contact, saisie.entrant(),
                saisie.conversation(), saisie.issue().map(Enum::name), saisie.numero(), motifDeDerogation), auteur);
        dossier.consigner(type(saisie.canal()), resume(saisie, motifDeDerogation), auteur, horloge.instant());
        saisie.promesse().ifPresent(promesse -> {
            PromesseDePaiement promise = new PromesseDePaiement(saisie.moment().toLocalDate(), promesse.date(), promesse.montant());
            promesses.ajouter(id, promise, auteur);
            dossier.consigner(TypeEvenement.PROMESSE, Phrases.de("promesse", FormatFrancais.euros(promesse.montant()),
                    FormatFrancais.date(promesse.date())), auteur, horloge.instant());
        });
        if (saisie.issue().filter(IssueDAppel::contesteLaCreance).isPresent()
                && !dossier.blocages().contains(Blocage.CONTESTATION)) {
            dossier.bloquer(Blocage.CONTESTATION, saisie.commentaire().orElse("Contestation exprimée lors d'un appel"),
                    auteur, horloge.instant());
        }
        saisie.prochaineAction().ifPresent(action -> dossier.planifier(action, auteur, horloge.instant()));
        dossiers.enregistrer(dossier);
        return List.of();
    }

    private static TypeEvenement type(Canal canal) {
        return switch (canal) {
            case APPEL -> TypeEvenement.APPEL;
            case VISITE -> TypeEvenement.VISITE;
            case COURRIER -> TypeEvenement.COURRIER;
            case EMAIL, SMS -> TypeEvenement.EMAIL;
        };
    }

    private static String resume(ContactAConsigner saisie, Optional<String> derogation) {
        String canal = saisie.canal() == Canal.APPEL ? (saisie.entrant() ? "APPEL_ENTRANT" : "APPEL_SORTANT")
                : saisie.canal().name();
        return Phrases.de("contact.resume", Phrases.de("contact." + canal),
                saisie.numero().map(numero -> Phrases.de("contact.numero", numero)).orElse(""),
                saisie.modele().map(modele -> Phrases.de("contact.modele", modele)).orElse(""),
                saisie.tiers() ? Phrases.de("contact.tiers", saisie.baseLegaleTiers()
                        .orElse(Phrases.de("contact.tiersSansBase"))) : "",
                saisie.issue().map(issue -> Phrases.de("contact.issue", issue.libelle())).orElse(""),
                saisie.commentaire().map(commentaire -> Phrases.de("contact.commentaire", commentaire)).orElse(""),
                derogation.map(motif -> Phrases.de("contact.derogation", motif)).orElse(""));
    }
}
