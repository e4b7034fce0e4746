package fr.etude.dossier.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.dossier.Blocage;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

class PolitiqueDeContactTest {

    private final PolitiqueDeContact politique = PolitiqueDeContact.parDefaut();
    /** Friday 20/11/2026, 10h: an ordinary working morning. */
    private static final LocalDateTime VENDREDI_MATIN = LocalDateTime.of(2026, 11, 20, 10, 0);

    @Test
    void aCallOnAWeekdayMorningIsAllowed() {
        assertThat(evaluer(appel(VENDREDI_MATIN)).autorise()).isTrue();
    }

    @Test
    void clerkCannotCallOnSunday() {
        DecisionDeContact decision = evaluer(appel(LocalDateTime.of(2026, 11, 22, 10, 0)));

        assertThat(decision.autorise()).isFalse();
        assertThat(decision.infractions()).singleElement().satisfies(infraction -> {
            assertThat(infraction.regle()).isEqualTo(RegleDeContact.JOUR_DE_REPOS);
            assertThat(infraction.explication()).isEqualTo("Pas d'appel ni de visite le dimanche.");
        });
    }

    @Test
    void clerkCannotCallAtNinePm() {
        DecisionDeContact decision = evaluer(appel(LocalDateTime.of(2026, 11, 20, 21, 0)));

        assertThat(decision.infractions()).singleElement().satisfies(infraction -> assertThat(infraction.explication())
                .isEqualTo("Appels et visites seulement entre 08h00 et 20h00 (heure de Paris) : il est 21h00."));
    }

    @Test
    void noVisitOnAPublicHoliday() {
        DecisionDeContact decision = politique.evaluer(ContactEnvisage.aupresDuDebiteur(Canal.VISITE,
                LocalDateTime.of(2026, 11, 11, 10, 0)), List.of(), Set.of());

        assertThat(decision.infractions()).extracting(DecisionDeContact.Infraction::regle)
                .containsExactly(RegleDeContact.JOUR_FERIE);
    }

    @Test
    void saintStephensDayIsOffOnlyInAlsaceMoselle() {
        LocalDateTime lendemainDeNoel = LocalDateTime.of(2025, 12, 26, 10, 0);

        assertThat(evaluer(appel(lendemainDeNoel)).autorise()).isTrue();
        assertThat(evaluer(appel(lendemainDeNoel).enAlsaceMoselle()).infractions())
                .extracting(DecisionDeContact.Infraction::explication)
                .containsExactly("Pas d'appel ni de visite un jour férié : le 26/12/2025 est férié en Alsace-Moselle.");
    }

    @Test
    void aLetterMayBeSentOnSunday() {
        assertThat(politique.evaluer(ContactEnvisage.aupresDuDebiteur(Canal.COURRIER,
                LocalDateTime.of(2026, 11, 22, 22, 0)).modele("relance"), List.of(), Set.of()).autorise()).isTrue();
    }

    @Test
    void theEighthCallAttemptInSevenDaysIsRefused() {
        List<ContactPasse> historique = new ArrayList<>();
        for (int jour = 14; jour < 21; jour++) {
            historique.add(ContactPasse.appel(LocalDateTime.of(2026, 11, jour, 9, 0), false));
        }

        DecisionDeContact decision = politique.evaluer(appel(VENDREDI_MATIN), historique, Set.of());

        assertThat(decision.infractions()).extracting(DecisionDeContact.Infraction::explication)
                .containsExactly("Déjà 7 tentatives d'appel sur les 7 derniers jours : le plafond de 7 est atteint.");
    }

    @Test
    void afterAConversationTheDebtorIsLeftInPeaceForAWeekUnlessHeAskedToBeCalled() {
        List<ContactPasse> historique = List.of(ContactPasse.appel(LocalDateTime.of(2026, 11, 17, 11, 0), true));

        assertThat(politique.evaluer(appel(VENDREDI_MATIN), historique, Set.of()).infractions())
                .extracting(DecisionDeContact.Infraction::explication)
                .containsExactly("Un échange a eu lieu le 17/11/2026 : pas de nouvel appel avant le 24/11/2026, "
                        + "sauf si le débiteur l'a demandé.");
        assertThat(politique.evaluer(appel(VENDREDI_MATIN).aLaDemandeDuDebiteur(), historique, Set.of()).autorise())
                .isTrue();
        assertThat(politique.evaluer(appel(LocalDateTime.of(2026, 11, 24, 9, 0)), historique, Set.of()).autorise())
                .isTrue();
    }

    @Test
    void theSameLetterIsNotSentTwiceInAWeek() {
        List<ContactPasse> historique = List.of(ContactPasse.courrier(LocalDateTime.of(2026, 11, 16, 9, 0), "relance"));
        ContactEnvisage relance = ContactEnvisage.aupresDuDebiteur(Canal.COURRIER, VENDREDI_MATIN).modele("relance");
        ContactEnvisage miseEnDemeure = ContactEnvisage.aupresDuDebiteur(Canal.COURRIER, VENDREDI_MATIN)
                .modele("mise en demeure");

        assertThat(politique.evaluer(relance, historique, Set.of()).infractions())
                .extracting(DecisionDeContact.Infraction::regle).containsExactly(RegleDeContact.COURRIER_REPETE);
        assertThat(politique.evaluer(miseEnDemeure, historique, Set.of()).autorise()).isTrue();
    }

    @Test
    void aThirdPartyIsNotToldAboutTheDebtWithoutALegalBasis() {
        assertThat(evaluer(appel(VENDREDI_MATIN).aupresDUnTiers(Optional.empty())).infractions())
                .extracting(DecisionDeContact.Infraction::regle).containsExactly(RegleDeContact.TIERS_SANS_BASE_LEGALE);
        assertThat(evaluer(appel(VENDREDI_MATIN).aupresDUnTiers(Optional.of("saisie des rémunérations : "
                + "déclaration de l'employeur (art. R3252-21 C. trav.)"))).autorise()).isTrue();
    }

    @Test
    void noContactWhileAComplaintIsOpen() {
        DecisionDeContact decision = politique.evaluer(appel(VENDREDI_MATIN), List.of(),
                Set.of(Blocage.RECLAMATION_OUVERTE));

        assertThat(decision.infractions()).extracting(DecisionDeContact.Infraction::explication).containsExactly(
                "Dossier bloqué : réclamation du débiteur en cours de traitement. Aucune relance tant que le blocage n'est pas levé.");
    }

    @Test
    void theLettersThatAcknowledgeOrAnswerTheComplaintAreNotRemindersAndGoOut() {
        ContactEnvisage accuse = new ContactEnvisage(Canal.COURRIER, VENDREDI_MATIN, false, java.util.Optional.empty(),
                java.util.Optional.of("accusé de réception de votre réclamation"), false, false);
        ContactEnvisage relance = new ContactEnvisage(Canal.COURRIER, VENDREDI_MATIN, false, java.util.Optional.empty(),
                java.util.Optional.of(ContactEnvisage.DEMANDE_DE_PAIEMENT), false, false);

        assertThat(politique.evaluer(accuse, List.of(), Set.of(Blocage.RECLAMATION_OUVERTE)).autorise()).isTrue();
        assertThat(politique.evaluer(relance, List.of(), Set.of(Blocage.RECLAMATION_OUVERTE)).infractions())
                .extracting(DecisionDeContact.Infraction::regle).containsExactly(RegleDeContact.DOSSIER_BLOQUE);
    }

    @Test
    void everyBrokenRuleIsListed() {
        DecisionDeContact decision = politique.evaluer(appel(LocalDateTime.of(2026, 11, 22, 21, 30)), List.of(),
                Set.of(Blocage.SURENDETTEMENT));

        assertThat(decision.infractions()).extracting(DecisionDeContact.Infraction::regle).containsExactly(
                RegleDeContact.DOSSIER_BLOQUE, RegleDeContact.HORAIRES, RegleDeContact.JOUR_DE_REPOS);
    }

    @Test
    void anOverrideNeedsAReason() {
        DecisionDeContact decision = evaluer(appel(LocalDateTime.of(2026, 11, 22, 10, 0)));

        assertThatThrownBy(() -> new Derogation(decision.infractions(), "  ", UtilisateurId.nouveau(), Instant.now()))
                .hasMessage("Une dérogation doit être motivée : indiquez pourquoi la règle est écartée.");
        Derogation derogation = new Derogation(decision.infractions(), "Le débiteur a demandé un rappel dimanche matin.",
                UtilisateurId.nouveau(), Instant.now());
        assertThat(derogation.reglesLevees()).hasSize(1);
    }

    private DecisionDeContact evaluer(ContactEnvisage contact) {
        return politique.evaluer(contact, List.of(), Set.of());
    }

    private static ContactEnvisage appel(LocalDateTime moment) {
        return ContactEnvisage.aupresDuDebiteur(Canal.APPEL, moment);
    }
}
