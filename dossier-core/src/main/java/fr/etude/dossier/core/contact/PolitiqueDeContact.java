package fr.etude.dossier.core.contact;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.calendrier.JoursFeries;
import fr.etude.dossier.core.dossier.Blocage;

/**
 * Contact without harassment: calls and visits at decent hours, never on a day off, not too often,
 * never to third parties without a legal basis, and not at all while the dossier is on hold. Repeated,
 * intrusive contact is an aggressive practice (L121-6 C. conso.); the figures are the office's
 * settings, seeded with common practice.
 */
public record PolitiqueDeContact(LocalTime heureDebut, LocalTime heureFin, Set<DayOfWeek> joursSansContact,
                                 boolean pasLesJoursFeries, int tentativesAppelMax, int joursFenetreAppels,
                                 int joursReposApresEchange, int joursEntreDeuxCourriersIdentiques) {

    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("HH'h'mm");

    public PolitiqueDeContact {
        joursSansContact = Set.copyOf(joursSansContact);
        if (!heureDebut.isBefore(heureFin)) {
            throw new IllegalArgumentException("L'heure de début des appels doit précéder l'heure de fin.");
        }
        if (tentativesAppelMax < 1 || joursFenetreAppels < 1) {
            throw new IllegalArgumentException("Le plafond d'appels doit permettre au moins un appel par période.");
        }
    }

    /** 8h-20h, Monday to Saturday, not on holidays; 7 call attempts in 7 days; 7 days of rest after a talk. */
    public static PolitiqueDeContact parDefaut() {
        return new PolitiqueDeContact(LocalTime.of(8, 0), LocalTime.of(20, 0), EnumSet.of(DayOfWeek.SUNDAY), true,
                7, 7, 7, 7);
    }

    public DecisionDeContact evaluer(ContactEnvisage contact, List<ContactPasse> historique, Set<Blocage> blocages) {
        List<DecisionDeContact.Infraction> infractions = new ArrayList<>();
        if (contact.demandeDePaiement()) {
            blocages.stream().sorted().forEach(blocage -> infractions.add(new DecisionDeContact.Infraction(
                    RegleDeContact.DOSSIER_BLOQUE, "Dossier bloqué : " + blocage.libelle()
                    + ". Aucune relance tant que le blocage n'est pas levé.")));
        }
        if (contact.tiers() && contact.baseLegaleTiers().isEmpty()) {
            infractions.add(new DecisionDeContact.Infraction(RegleDeContact.TIERS_SANS_BASE_LEGALE,
                    "Pas de contact avec un tiers (employeur, famille, voisin) au sujet de la dette sans base légale "
                            + "enregistrée : le secret de la dette protège le débiteur."));
        }
        if (contact.canal().enPersonne()) {
            verifierLeMoment(contact, infractions);
            if (contact.canal() == Canal.APPEL) {
                verifierLeRythmeDesAppels(contact, historique, infractions);
            }
        } else if (contact.modele().isPresent()) {
            verifierLesCourriersRepetes(contact, historique, infractions);
        }
        return new DecisionDeContact(infractions);
    }

    private void verifierLeMoment(ContactEnvisage contact, List<DecisionDeContact.Infraction> infractions) {
        LocalDateTime moment = contact.moment();
        LocalTime heure = moment.toLocalTime();
        if (heure.isBefore(heureDebut) || heure.isAfter(heureFin)) {
            infractions.add(new DecisionDeContact.Infraction(RegleDeContact.HORAIRES,
                    "Appels et visites seulement entre " + HEURE.format(heureDebut) + " et " + HEURE.format(heureFin)
                            + " (heure de Paris) : il est " + HEURE.format(heure) + "."));
        }
        if (joursSansContact.contains(moment.getDayOfWeek())) {
            infractions.add(new DecisionDeContact.Infraction(RegleDeContact.JOUR_DE_REPOS,
                    "Pas d'appel ni de visite le " + moment.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.FRANCE)
                            + "."));
        }
        if (pasLesJoursFeries && JoursFeries.estFerie(moment.toLocalDate(), contact.alsaceMoselle())) {
            infractions.add(new DecisionDeContact.Infraction(RegleDeContact.JOUR_FERIE,
                    "Pas d'appel ni de visite un jour férié : le " + FormatFrancais.date(moment.toLocalDate())
                            + " est férié" + (contact.alsaceMoselle() ? " en Alsace-Moselle" : "") + "."));
        }
    }

    private void verifierLeRythmeDesAppels(ContactEnvisage contact, List<ContactPasse> historique,
                                           List<DecisionDeContact.Infraction> infractions) {
        LocalDateTime debutFenetre = contact.moment().minusDays(joursFenetreAppels);
        long tentatives = historique.stream()
                .filter(passe -> passe.canal() == Canal.APPEL)
                .filter(passe -> passe.moment().isAfter(debutFenetre) && !passe.moment().isAfter(contact.moment()))
                .count();
        if (tentatives >= tentativesAppelMax) {
            infractions.add(new DecisionDeContact.Infraction(RegleDeContact.PLAFOND_D_APPELS,
                    "Déjà " + tentatives + " tentatives d'appel sur les " + joursFenetreAppels
                            + " derniers jours : le plafond de " + tentativesAppelMax + " est atteint."));
        }
        if (contact.demandeParDebiteur()) {
            return;
        }
        Optional<ContactPasse> dernierEchange = historique.stream()
                .filter(passe -> passe.canal().enPersonne() && passe.conversation())
                .filter(passe -> !passe.moment().isAfter(contact.moment()))
                .max(Comparator.comparing(ContactPasse::moment));
        dernierEchange.filter(echange -> echange.moment().toLocalDate().plusDays(joursReposApresEchange)
                        .isAfter(contact.moment().toLocalDate()))
                .ifPresent(echange -> infractions.add(new DecisionDeContact.Infraction(RegleDeContact.REPOS_APRES_ECHANGE,
                        "Un échange a eu lieu le " + FormatFrancais.date(echange.moment().toLocalDate())
                                + " : pas de nouvel appel avant le "
                                + FormatFrancais.date(echange.moment().toLocalDate().plusDays(joursReposApresEchange))
                                + ", sauf si le débiteur l'a demandé.")));
    }

    private void verifierLesCourriersRepetes(ContactEnvisage contact, List<ContactPasse> historique,
                                             List<DecisionDeContact.Infraction> infractions) {
        historique.stream()
                .filter(passe -> passe.canal() == contact.canal() && passe.modele().equals(contact.modele()))
                .filter(passe -> !passe.moment().isAfter(contact.moment()))
                .max(Comparator.comparing(ContactPasse::moment))
                .filter(passe -> passe.moment().toLocalDate().plusDays(joursEntreDeuxCourriersIdentiques)
                        .isAfter(contact.moment().toLocalDate()))
                .ifPresent(passe -> infractions.add(new DecisionDeContact.Infraction(RegleDeContact.COURRIER_REPETE,
                        "Le même envoi « " + contact.modele().get() + " » est parti le "
                                + FormatFrancais.date(passe.moment().toLocalDate()) + " : pas de nouvel envoi avant le "
                                + FormatFrancais.date(passe.moment().toLocalDate().plusDays(joursEntreDeuxCourriersIdentiques))
                                + ".")));
    }
}
